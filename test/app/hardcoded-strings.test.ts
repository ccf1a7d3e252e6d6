import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** Attributes a person reads or hears (a screen reader speaks aria-label and alt). */
const READ_ATTRIBUTES = new Set(["alt", "title", "placeholder", "aria-label", "aria-description", "label", "summary"]);

/**
 * Text that is not a sentence in any language: symbols, separators and marks around translated text
 * (" · ", "→", "(", "%"). A letter in any script makes it text a translator must see.
 */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

interface Finding {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** JSX text and readable attributes written as literals, instead of coming from t(). */
function hardCodedStrings(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file: path.relative(APP_DIR, file), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.getText())) report(node, node.getText());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined;
      if (literal && hasWords(literal.text)) report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("user-visible text in app/", () => {
  it("finds a literal in JSX text and in a readable attribute, and leaves symbols and t() alone", () => {
    const findings = hardCodedStrings(
      "sample.tsx",
      `export const A = () => (
        <p title="Close the window" data-testid="closer">
          Sign in
          {t("nav.signIn")} · → ({count})
          <img alt={"Coconut photo"} src="/a.png" />
          <input placeholder={t("fields.email")} />
        </p>
      );`,
    );
    expect(findings.map((f) => f.text)).toEqual(["Close the window", "Sign in", "Coconut photo"]);
  });

  it("has no hard-coded words on any page or component: they all come from the locale files", () => {
    const findings = sourceFiles(APP_DIR).flatMap((file) => hardCodedStrings(file, fs.readFileSync(file, "utf8")));
    expect(findings.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});
