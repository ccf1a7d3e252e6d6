import type { ServiceContext } from "../context.js";
import { checkHsCode, checkPort, portTransportModes } from "../catalog/service.js";
import { UserInputProblems } from "../errors.js";
import type { ReferenceFacts } from "./listing-rules.js";

/**
 * Looks HS codes and ports up through the catalog, each distinct value once: a file of 100,000
 * rows names a few hundred codes and ports, so an import asks the database a few hundred times,
 * not once per row.
 */
export class ReferenceLookup {
  private readonly hsCodes = new Map<string, Promise<ReferenceFacts["hsCode"]>>();
  private readonly ports = new Map<string, Promise<NonNullable<ReferenceFacts["port"]>>>();

  constructor(private readonly ctx: ServiceContext) {}

  async facts(hsCode: string, port: string | null): Promise<ReferenceFacts> {
    return { hsCode: await this.hsCode(hsCode), port: port ? await this.port(port) : null };
  }

  private hsCode(code: string): Promise<ReferenceFacts["hsCode"]> {
    let found = this.hsCodes.get(code);
    if (!found) {
      found = checkHsCode(this.ctx, code, "hsCode").then(
        (checked) => ({ digits: checked.code }),
        (error: unknown) => ({ problem: problemCode(error) }),
      );
      this.hsCodes.set(code, found);
    }
    return found;
  }

  private port(locode: string): Promise<NonNullable<ReferenceFacts["port"]>> {
    let found = this.ports.get(locode);
    if (!found) {
      found = checkPort(this.ctx, locode, "shipFromPort").then(
        (port) => ({ locode: port.locode, modes: portTransportModes(port) }),
        (error: unknown) => ({ problem: problemCode(error) }),
      );
      this.ports.set(locode, found);
    }
    return found;
  }
}

function problemCode(error: unknown): string {
  if (error instanceof UserInputProblems && error.problems[0]) return error.problems[0].code;
  throw error;
}
