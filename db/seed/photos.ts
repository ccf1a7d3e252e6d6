import sharp from "sharp";

/**
 * Photos for the demo listings, drawn here as SVG and encoded as JPEG, so the demo world ships
 * no third-party images and needs no licence but the project's own. Each picture is drawn from a
 * fixed seed: the same bytes on every machine.
 */

const WIDTH = 1280;
const HEIGHT = 960;

/** A small deterministic PRNG (mulberry32): scattered flakes and beans land in the same places every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const times = <T,>(n: number, draw: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => draw(i));

function svg(background: string, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><defs>${defs}</defs><rect width="100%" height="100%" fill="${background}"/>${body}</svg>`;
}

function coconuts(): string {
  const r = random(1);
  const nut = (x: number, y: number, s: number) =>
    `<g transform="translate(${x} ${y}) rotate(${r() * 60 - 30}) scale(${s})"><ellipse rx="150" ry="120" fill="url(#husk)"/>${times(14, (i) => `<path d="M${-130 + i * 18} ${-70 + (i % 3) * 8} q 40 70 ${10 + i * 4} 150" stroke="#6b4a1f" stroke-width="4" fill="none" opacity="0.45"/>`).join("")}<ellipse rx="46" ry="36" cx="-40" cy="-30" fill="#f4ead2" opacity="0.25"/></g>`;
  return svg(
    "#e9dcc0",
    `<radialGradient id="husk" cx="35%" cy="30%"><stop offset="0" stop-color="#c8a064"/><stop offset="0.6" stop-color="#9b6e35"/><stop offset="1" stop-color="#5e4120"/></radialGradient><pattern id="mesh" width="36" height="36" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0 H36 M0 0 V36" stroke="#c0392b" stroke-width="3" opacity="0.55"/></pattern>`,
    `<rect y="640" width="100%" height="320" fill="#b98d57"/>${[
      [300, 560, 1.1],
      [620, 520, 1.2],
      [940, 580, 1.05],
      [450, 330, 1],
      [800, 320, 0.95],
    ]
      .map(([x, y, s]) => nut(x!, y!, s!))
      .join("")}<rect x="140" y="200" width="1000" height="600" rx="60" fill="url(#mesh)"/>`,
  );
}

function desiccatedCoconut(): string {
  const r = random(2);
  const flakes = times(420, () => {
    const a = r() * Math.PI * 2;
    const d = Math.sqrt(r()) * 300;
    return `<ellipse cx="${640 + Math.cos(a) * d}" cy="${470 + Math.sin(a) * d * 0.45}" rx="${6 + r() * 8}" ry="${2 + r() * 3}" transform="rotate(${r() * 180} ${640 + Math.cos(a) * d} ${470 + Math.sin(a) * d * 0.45})" fill="${r() > 0.3 ? "#fbf8f0" : "#e8dfcc"}"/>`;
  }).join("");
  return svg(
    "#6d4c33",
    `<linearGradient id="wood" x1="0" x2="1"><stop offset="0" stop-color="#7a5538"/><stop offset="0.5" stop-color="#8c6444"/><stop offset="1" stop-color="#6a4a31"/></linearGradient><radialGradient id="bowl" cy="20%"><stop offset="0" stop-color="#d9b98f"/><stop offset="1" stop-color="#8a6140"/></radialGradient>`,
    `<rect width="100%" height="100%" fill="url(#wood)"/>${times(9, (i) => `<path d="M0 ${90 + i * 105} C 400 ${60 + i * 105}, 900 ${130 + i * 105}, 1280 ${95 + i * 105}" stroke="#5b3f29" stroke-width="3" fill="none" opacity="0.5"/>`).join("")}<ellipse cx="640" cy="560" rx="420" ry="230" fill="#3e2a1b" opacity="0.35"/><path d="M250 470 Q 640 880 1030 470 Z" fill="url(#bowl)"/><ellipse cx="640" cy="470" rx="390" ry="150" fill="#f3ecdc"/>${flakes}`,
  );
}

function ledBulb(): string {
  return svg(
    "#1d2433",
    `<radialGradient id="glow"><stop offset="0" stop-color="#fff6d8"/><stop offset="0.35" stop-color="#ffd77a" stop-opacity="0.9"/><stop offset="1" stop-color="#ffb347" stop-opacity="0"/></radialGradient><radialGradient id="glass" cx="40%" cy="35%"><stop offset="0" stop-color="#ffffff"/><stop offset="0.7" stop-color="#fbe7b5"/><stop offset="1" stop-color="#e8c27a"/></radialGradient><linearGradient id="base" x1="0" x2="1"><stop offset="0" stop-color="#8d949e"/><stop offset="0.5" stop-color="#e3e7ec"/><stop offset="1" stop-color="#7b828c"/></linearGradient>`,
    `<circle cx="640" cy="380" r="420" fill="url(#glow)"/><path d="M640 120 a 230 230 0 0 1 150 405 q -40 40 -45 105 h -210 q -5 -65 -45 -105 A 230 230 0 0 1 640 120 Z" fill="url(#glass)"/><rect x="535" y="630" width="210" height="40" rx="8" fill="#f1f1f1"/>${times(5, (i) => `<rect x="${545 + (i % 2) * 4}" y="${672 + i * 30}" width="${190 - (i % 2) * 8}" height="24" rx="10" fill="url(#base)"/>`).join("")}<path d="M590 822 h100 l-20 40 h-60 Z" fill="#4a4f57"/>`,
  );
}

function wheat(): string {
  const r = random(4);
  const ear = (x: number, lean: number) => {
    const grains = times(11, (i) => {
      const y = 250 + i * 34;
      return `<ellipse cx="${x - 20 + lean * (i / 11)}" cy="${y}" rx="14" ry="30" transform="rotate(-25 ${x - 20 + lean * (i / 11)} ${y})" fill="#e0b04a"/><ellipse cx="${x + 20 + lean * (i / 11)}" cy="${y}" rx="14" ry="30" transform="rotate(25 ${x + 20 + lean * (i / 11)} ${y})" fill="#d19a35"/>`;
    }).join("");
    return `<path d="M${x + lean} 620 Q ${x + lean * 0.5} 420 ${x} 230" stroke="#b8892e" stroke-width="8" fill="none"/>${grains}${times(8, (i) => `<path d="M${x + (r() - 0.5) * 30} ${240 + i * 40} l ${(r() - 0.5) * 90} -160" stroke="#e9c46a" stroke-width="2"/>`).join("")}`;
  };
  return svg(
    "#9fc5e8",
    `<linearGradient id="field" y1="0" y2="1"><stop offset="0" stop-color="#e9c46a"/><stop offset="1" stop-color="#b5822b"/></linearGradient>`,
    `<rect y="560" width="100%" height="400" fill="url(#field)"/>${times(60, (i) => `<path d="M${i * 22} 960 l ${8 + (i % 5) * 3} -${180 + (i % 7) * 25}" stroke="#c99636" stroke-width="4"/>`).join("")}${ear(460, -40)}${ear(640, 10)}${ear(820, 50)}`,
  );
}

function steelPlate(): string {
  return svg(
    "#cfd6dd",
    `<linearGradient id="steel" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="#6c7784"/><stop offset="0.45" stop-color="#aab4bf"/><stop offset="0.55" stop-color="#8793a0"/><stop offset="1" stop-color="#4f5965"/></linearGradient>`,
    `<rect y="700" width="100%" height="260" fill="#9aa3ab"/>${times(7, (i) => {
      const y = 640 - i * 62;
      return `<path d="M${180 + i * 6} ${y} L${420 + i * 6} ${y - 150} L${1120 - i * 6} ${y - 150} L${880 - i * 6} ${y} Z" fill="url(#steel)" stroke="#3f4852" stroke-width="2"/><path d="M${180 + i * 6} ${y} L${880 - i * 6} ${y} L${880 - i * 6} ${y + 34} L${180 + i * 6} ${y + 34} Z" fill="#4b5561"/>`;
    }).join("")}<text x="560" y="688" font-family="sans-serif" font-size="30" fill="#f2f2f2" opacity="0.8">S355J2</text>`,
  );
}

function oliveOilTins(): string {
  const tin = (x: number) =>
    `<g transform="translate(${x} 250)"><rect width="260" height="420" rx="14" fill="url(#tin)"/><rect y="0" width="260" height="30" rx="10" fill="#c9a227"/><rect x="70" y="-40" width="60" height="44" rx="8" fill="#b8891f"/><rect x="20" y="120" width="220" height="200" rx="10" fill="#f3ead0"/><ellipse cx="130" cy="200" rx="50" ry="34" fill="#5a7d2a"/><ellipse cx="105" cy="250" rx="22" ry="16" fill="#2f4a14"/><ellipse cx="160" cy="252" rx="22" ry="16" fill="#3d5c1a"/><rect x="45" y="285" width="170" height="14" rx="7" fill="#7a9a3a"/></g>`;
  return svg(
    "#f1e7cf",
    `<linearGradient id="tin" x1="0" x2="1"><stop offset="0" stop-color="#2e5e1e"/><stop offset="0.5" stop-color="#4f8a2e"/><stop offset="1" stop-color="#27501a"/></linearGradient>`,
    `<rect y="640" width="100%" height="320" fill="#c9b48a"/>${tin(210)}${tin(510)}${tin(810)}${times(9, (i) => `<ellipse cx="${240 + i * 100}" cy="${760 + (i % 2) * 40}" rx="30" ry="21" fill="${i % 3 ? "#3d5c1a" : "#5a2d4a"}"/>`).join("")}`,
  );
}

function amberNecklace(): string {
  const r = random(7);
  const beads = times(25, (i) => {
    const a = Math.PI * (0.1 + (0.8 * i) / 24);
    const x = 640 - Math.cos(a) * 430;
    const y = 220 + Math.sin(a) * 520;
    const size = 26 + r() * 12;
    return `<circle cx="${x}" cy="${y}" r="${size}" fill="url(#amber${i % 3})"/><circle cx="${x - size / 3}" cy="${y - size / 3}" r="${size / 4}" fill="#fff" opacity="0.5"/>`;
  }).join("");
  const gradient = (id: number, a: string, b: string) =>
    `<radialGradient id="amber${id}" cx="40%" cy="35%"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></radialGradient>`;
  return svg(
    "#2b1d2f",
    `${gradient(0, "#ffd36b", "#c8640c")}${gradient(1, "#ffbf47", "#9c4a06")}${gradient(2, "#ffe29a", "#d9840f")}<radialGradient id="velvet"><stop offset="0" stop-color="#4a2f52"/><stop offset="1" stop-color="#24172a"/></radialGradient>`,
    `<rect width="100%" height="100%" fill="url(#velvet)"/><path d="M210 200 Q 640 1000 1070 200" stroke="#d8c9a3" stroke-width="3" fill="none"/>${beads}`,
  );
}

function greenCoffee(): string {
  const r = random(8);
  const beans = times(160, () => {
    const x = 100 + r() * 1080;
    const y = 120 + r() * 720;
    const angle = r() * 180;
    return `<g transform="translate(${x} ${y}) rotate(${angle})"><ellipse rx="34" ry="24" fill="${r() > 0.5 ? "#a3b18a" : "#b5c29a"}" stroke="#6f7d55" stroke-width="2"/><path d="M-28 0 q 14 -8 28 0 t 28 0" stroke="#5c6846" stroke-width="3" fill="none"/></g>`;
  }).join("");
  return svg(
    "#b08d5b",
    `<pattern id="burlap" width="16" height="16" patternUnits="userSpaceOnUse"><rect width="16" height="16" fill="#b08d5b"/><path d="M0 4 H16 M0 12 H16" stroke="#8e6f42" stroke-width="3"/><path d="M4 0 V16 M12 0 V16" stroke="#c4a472" stroke-width="2"/></pattern>`,
    `<rect width="100%" height="100%" fill="url(#burlap)"/>${beans}`,
  );
}

/** Which drawing goes with which demo listing, by the start of its title. */
const DRAWINGS: [prefix: string, draw: () => string][] = [
  ["Fresh semi-husked coconuts", coconuts],
  ["Desiccated coconut", desiccatedCoconut],
  ["LED bulb", ledBulb],
  ["Milling wheat", wheat],
  ["Hot-rolled steel plate", steelPlate],
  ["Aceite de oliva", oliveOilTins],
  ["Baltic amber", amberNecklace],
  ["Rwanda green coffee", greenCoffee],
];

/** The demo photo of a listing, as a JPEG a camera might have sent; null for a title without a drawing. */
export async function demoPhoto(title: string): Promise<Buffer | null> {
  const draw = DRAWINGS.find(([prefix]) => title.startsWith(prefix))?.[1];
  if (!draw) return null;
  return sharp(Buffer.from(draw())).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
