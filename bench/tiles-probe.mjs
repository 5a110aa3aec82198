// Measures a tiled hmspec page in headless Chromium (bench/tiles.sh copies this beside the peers'
// node_modules): tiles loading and drawing after a zoom, redraw with tiles cached, hover.
// Usage: node tiles-probe.mjs page.html [regions=5]. Prints one line of JSON (medians, ms).
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const file = process.argv[2], regions = Number(process.argv[3] || 5);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length ? s[s.length >> 1] : null; };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--window-size=1280,1000'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(pathToFileURL(path.resolve(file)).href);
  await page.waitForFunction(() => window.__hmReady === true, null, { timeout: 60000 });
  const firstPaint = await page.evaluate(() => performance.now());
  const out = await page.evaluate(async (regions) => {
    const s = Object.values(window.hmTiles)[0], v = s.view, api = window.hmspec.list[0], N = s.cols, M = s.rows;
    const settled = () => new Promise((res) => { const t = () => (s.settled() ? res() : setTimeout(t, 2)); t(); });
    const loads = [], singles = [];
    for (let i = 0; i < regions; i++) {
      // A 300 x 300-cell window (single cells on a ~600 px plot): 1 to 4 full-resolution tiles, none cached yet.
      const x0 = ((i * 0.173 + 0.11) % 0.9), y0 = ((i * 0.291 + 0.07) % 0.9), w = 300 / N, h = 300 / M;
      const t0 = performance.now();
      api.zoomTo(x0, x0 + w, y0, y0 + h);
      await settled();
      loads.push(performance.now() - t0);
      singles.push(s.lastLoadMs);
    }
    // Redraw with tiles cached: two windows inside the last one, at the same level, alternately.
    const st = api.state, a = st.x, b = st.y, redraw = [];
    for (let i = 0; i < 30; i++) {
      const k = i % 2 ? 0.02 : 0, t0 = performance.now();
      api.zoomTo(a[0] + k * (a[1] - a[0]), a[1] - k * (a[1] - a[0]), b[0] + k * (b[1] - b[0]), b[1] - k * (b[1] - b[0]));
      redraw.push(performance.now() - t0);
    }
    const hover = [];
    for (let i = 0; i < 200; i++) {
      const c = Math.floor(st.columns[0] + (i * 37) % (st.columns[1] - st.columns[0])), r = Math.floor(st.rows[0] + (i * 53) % (st.rows[1] - st.rows[0]));
      const t0 = performance.now();
      v.setHover({ col: c, row: r }, 100, 100);
      hover.push(performance.now() - t0);
    }
    api.reset();
    const overviewHover = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      v.setHover({ col: (i * 197) % N, row: (i * 131) % M }, 100, 100);
      overviewHover.push(performance.now() - t0);
    }
    return { loads, singles, redraw, hover, overviewHover, cache: s.cache.size, loaded: s.loaded, failed: s.failed };
  }, regions);
  console.log(JSON.stringify({ page: path.basename(file), firstPaintMs: +firstPaint.toFixed(1),
    tilesLoadAndDrawMs: +median(out.loads).toFixed(1), oneTileScriptToDrawnMs: +median(out.singles).toFixed(1),
    redrawCachedMs: +median(out.redraw).toFixed(2), hoverCellMs: +median(out.hover).toFixed(3),
    hoverBlockMs: +median(out.overviewHover).toFixed(3), tilesLoaded: out.loaded, tilesFailed: out.failed, cacheSize: out.cache }));
} finally {
  await browser.close();
}
