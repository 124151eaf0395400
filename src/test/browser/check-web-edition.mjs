// The web edition and the download page in headless Chromium, driven by playwright-core: what a reader's browser does
// with every page, written as facts into a JSON file that WebEditionBrowserIT reads and judges. This script only
// observes; the assertions and their messages are in the Java test.
//
//   node check-web-edition.mjs SITE_DIR CHROMIUM OUT.json SCREENSHOT_DIR
//
// SITE_DIR is a built site (index.html, read/…), served here by node's own http module on 127.0.0.1; CHROMIUM is the
// browser's program (never downloaded: playwright-core only drives it).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import axe from 'axe-core';

const [siteDir, executable, outFile, screenshotDir] = process.argv.slice(2);
if (!screenshotDir) {
  console.error('usage: node check-web-edition.mjs SITE_DIR CHROMIUM OUT.json SCREENSHOT_DIR');
  process.exit(2);
}

// The flags the project's browser tests use: no sandbox (containers), no GPU, and no network of the browser's own.
// playwright-core gives each launch a fresh profile folder of its own.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.epub': 'application/epub+zip',
  '.sha256': 'text/plain; charset=utf-8' };

/** Serves the site's files as a static host would; anything outside it is a 404. */
function serve(root) {
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const file = path.join(root, name.endsWith('/') ? name + 'index.html' : name);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Every page: the download page, then every page of read/. */
function pagesOf(root) {
  const read = fs.readdirSync(path.join(root, 'read')).filter(name => name.endsWith('.html')).sort();
  return ['index.html', ...read.map(name => 'read/' + name)];
}

/** Requests to anything but the local server, the site's files or data: URLs, and requests that failed. */
function watchRequests(context, origin, requests) {
  context.on('request', request => {
    const url = request.url();
    if (!(url.startsWith(origin + '/') || url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:'))) {
      requests.foreign.push(url);
    }
  });
  context.on('requestfailed', request => requests.failed.push(request.url() + ' (' + request.failure()?.errorText + ')'));
  context.on('response', response => {
    if (response.status() >= 400) {
      requests.failed.push(response.url() + ' (' + response.status() + ')');
    }
  });
}

/** 1. axe-core: its default rules, and every rule of WCAG 2.0, 2.1 and 2.2 A and AA that is not on by default (target
    sizes: WCAG 2.2's 2.5.8), neither experimental nor deprecated. Every violation, and every check axe could not decide, with its nodes. */
const AXE_RULES = Object.fromEntries(axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
  .filter(rule => !rule.tags.includes('experimental') && !rule.tags.includes('deprecated'))
  .map(rule => [rule.ruleId, { enabled: true }]));

async function axeFindings(page, name, scheme) {
  await page.evaluate(axe.source);
  const results = await page.evaluate(rules => window.axe.run(document, { rules, resultTypes: ['violations'] }), AXE_RULES);
  const found = (v, kind) => ({ page: name, scheme, kind, id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map(n => n.target.join(' ')) });
  // incomplete: what axe could not decide (a colour over an image…), for people to look at
  return [...results.violations.map(v => found(v, 'violation')), ...results.incomplete.map(v => found(v, 'incomplete'))];
}

/** 2. The page's width against the window's. */
async function widths(page, name) {
  return { page: name, ...await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth })) };
}

/** 3. Tab from the top of the page until the focus leaves it or comes round again: which links and buttons it met. */
async function tabbing(page, name) {
  const present = await page.evaluate(() => {
    const visible = el => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0
      && !el.closest('[inert]');
    window.__controls = [...document.querySelectorAll('a[href], button')].filter(visible);
    return window.__controls.map(el => el.tagName.toLowerCase() + ' "' + (el.textContent.trim() || el.getAttribute('aria-label') || '')
      .slice(0, 40) + '"' + (el.hasAttribute('href') ? ' → ' + el.getAttribute('href') : ''));
  });
  const order = [];
  for (let presses = 0; presses < present.length * 2 + 10; presses++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => document.activeElement === document.body || !document.hasFocus()
      ? -2 : window.__controls.indexOf(document.activeElement));
    if (at === -2 || (at >= 0 && order.includes(at))) {
      break;
    }
    order.push(at);
  }
  const reached = new Set(order.filter(at => at >= 0));
  return { page: name, present: present.length, reached: reached.size,
    missing: present.filter((_, at) => !reached.has(at)),
    // the links and buttons in the order the focus met them should be the page's order
    outOfOrder: order.filter(at => at >= 0).some((at, i, all) => i > 0 && at < all[i - 1]) };
}

/** What the page shows of a note pop-up: open or not, its title and text, where the focus is. */
async function popupState(page) {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog.note-popup');
    const reference = document.querySelector('a[role~="doc-noteref"][data-under-test]');
    return { open: !!dialog && dialog.open,
      title: dialog ? dialog.querySelector('.note-popup-title').textContent : null,
      expectedTitle: reference ? reference.getAttribute('aria-label') : null,
      url: location.href,
      textLength: dialog ? dialog.querySelector('.note-popup-body').textContent.trim().length : 0,
      focusInPopup: !!dialog && dialog.contains(document.activeElement),
      focusOnReference: !!reference && document.activeElement === reference };
  });
}

/** 4. The page's first note reference opened with Enter and closed with Escape, or tapped open and closed with a tap
    beside it; whileOpen (if given) runs with the pop-up open. */
async function notePopup(page, name, how, whileOpen) {
  const reference = page.locator('a[role~="doc-noteref"]').first();
  if (await reference.count() === 0) {
    return null;
  }
  await reference.evaluate(el => el.setAttribute('data-under-test', ''));
  if (how === 'keyboard') {
    await reference.focus();
    await page.keyboard.press('Enter');
  } else {
    await reference.tap();
  }
  await page.waitForTimeout(250); // the pop-up's entrance
  const opened = await popupState(page);
  if (whileOpen && opened.open) {
    await whileOpen();
  }
  if (how === 'keyboard') {
    await page.keyboard.press('Escape');
  } else {
    await page.touchscreen.tap(PHONE.width / 2, 10); // on the shade above the sheet
  }
  await page.waitForTimeout(100);
  const closed = await popupState(page);
  return { page: name, how, opened, closed };
}

/** 5. The night button on one page, then the next page loaded in the same browser, with the system light or dark. */
async function nightToggle(browser, origin, requests, system, first, second) {
  const context = await browser.newContext({ viewport: PHONE, colorScheme: system });
  watchRequests(context, origin, requests);
  const page = await context.newPage();
  await page.goto(origin + '/' + first);
  const look = () => page.evaluate(() => ({ theme: document.documentElement.getAttribute('data-theme'),
    background: getComputedStyle(document.body).backgroundColor,
    pressed: document.querySelector('button.theme-toggle')?.getAttribute('aria-pressed') ?? null }));
  const before = await look();
  await page.locator('button.theme-toggle').click();
  const after = await look();
  await page.goto(origin + '/' + second);
  const next = await look();
  const stored = await page.evaluate(() => localStorage.getItem('ebook-builder.theme'));
  await context.close();
  return { system, first, second, before, after, next, stored };
}

async function main() {
  const root = path.resolve(siteDir);
  const pages = pagesOf(root);
  // the page the night button, file:// and the screenshots are tried on: the first with a note reference, else the first
  // that is not the contents
  const chapter = pages.find(name => name.startsWith('read/') && fs.readFileSync(path.join(root, name), 'utf8')
    .includes('doc-noteref')) ?? pages.find(name => name.startsWith('read/') && name !== 'read/index.html');
  const server = await serve(root);
  const origin = 'http://127.0.0.1:' + server.address().port;
  const requests = { foreign: [], failed: [] };
  const result = { axeVersion: axe.version, axeRules: Object.keys(AXE_RULES).length, pages, chapter, axe: [], audited: [], widths: [],
    tabbing: [], notes: [], night: [], fileUrl: null, requests };
  const browser = await chromium.launch({ executablePath: executable, headless: true, args: FLAGS });
  try {
    const desktop = await browser.newContext({ viewport: DESKTOP });
    const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const night = await browser.newContext({ viewport: DESKTOP, colorScheme: 'dark' });
    for (const context of [desktop, phone, night]) {
      watchRequests(context, origin, requests);
    }
    const [onDesktop, onPhone, atNight] = await Promise.all([desktop.newPage(), phone.newPage(), night.newPage()]);
    const audit = async (page, name, scheme) => {
      result.axe.push(...await axeFindings(page, name, scheme));
      result.audited.push(name + ', ' + scheme);
    };
    // each page: on a phone by day (width, axe, a note tapped open and axe again), on a desktop with the keyboard
    // (Tab, a note opened with Enter), and by night (axe, and again with a note open)
    for (const name of pages) {
      const url = origin + '/' + name;
      await onPhone.goto(url);
      result.widths.push(await widths(onPhone, name));
      await audit(onPhone, name, 'light');
      await onPhone.reload();
      const byTap = await notePopup(onPhone, name, 'tap', () => audit(onPhone, name + ' (note open)', 'light'));
      if (byTap) result.notes.push(byTap);

      await onDesktop.goto(url);
      result.tabbing.push(await tabbing(onDesktop, name));
      await onDesktop.reload();
      const byKeyboard = await notePopup(onDesktop, name, 'keyboard');
      if (byKeyboard) result.notes.push(byKeyboard);

      await atNight.goto(url);
      await audit(atNight, name, 'dark');
      await atNight.reload();
      await notePopup(atNight, name, 'keyboard', () => audit(atNight, name + ' (note open)', 'dark'));
    }

    result.night.push(await nightToggle(browser, origin, requests, 'light', chapter, 'read/index.html'));
    result.night.push(await nightToggle(browser, origin, requests, 'dark', chapter, 'read/index.html'));

    const local = await browser.newContext({ viewport: PHONE });
    watchRequests(local, origin, requests);
    const fromDisk = await local.newPage();
    await fromDisk.goto(pathToFileURL(path.join(root, chapter)).href);
    result.fileUrl = await notePopup(fromDisk, chapter, 'keyboard');

    await screenshots(browser, origin + '/' + chapter);
  } finally {
    await browser.close();
    server.close();
  }
  fs.writeFileSync(outFile, JSON.stringify(result, null, 2));
}

/** A chapter on a phone by day, by night, and with a note open, for people to look at. */
async function screenshots(browser, url) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: PHONE, colorScheme: scheme, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.screenshot({ path: path.join(screenshotDir, 'chapter-390-' + (scheme === 'light' ? 'day' : 'night') + '.png') });
    if (scheme === 'light' && await page.locator('a[role~="doc-noteref"]').count() > 0) {
      await page.locator('a[role~="doc-noteref"]').first().tap();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(screenshotDir, 'chapter-390-note.png') });
    }
    await context.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
