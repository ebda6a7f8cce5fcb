// Times how long Chromium takes to draw the map's markers: from the start of the navigation to
// /kaart until map.js has put the last chunk of markers on the map (data-ready), with every
// non-loopback request (tiles) blocked. Prints the median of a few runs.
//   node bench/map/draw.js BASE_URL [runs=5]
'use strict';

const path = require('node:path');
const { launchBrowser, newContext } = require(path.join(__dirname, '..', '..', 'browser', 'support', 'browser'));

async function main() {
  const base = process.argv[2];
  const runs = Number(process.argv[3] || 5);
  const browser = await launchBrowser();
  try {
    for (const [label, url] of [['/kaart', '/kaart'], ['/kaart?thema=voedsel', '/kaart?thema=voedsel'],
      ['/embed/kaart', '/embed/kaart']]) {
      const times = [];
      let markers = 0;
      for (let run = 0; run < runs; run += 1) {
        const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
        context.setDefaultTimeout(120000);
        await context.route((u) => u.hostname !== '127.0.0.1', (route) => route.abort());
        // The moment map.js marks the map ready, taken by the page itself.
        await context.addInitScript(() => {
          new MutationObserver((records, observer) => {
            if (records.some((r) => r.target.hasAttribute('data-omzien-map'))) {
              window.drawnAt = performance.now();
              observer.disconnect();
            }
          }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
        });
        const page = await context.newPage();
        await page.goto(`${base}${url}`);
        await page.locator('[data-omzien-map][data-ready]').waitFor({ state: 'attached' });
        const result = await page.evaluate(() => ({
          ms: window.drawnAt,
          markers: Number(document.querySelector('[data-omzien-map]').dataset.markers),
          icons: document.querySelectorAll('.leaflet-marker-icon').length,
        }));
        times.push(result.ms);
        markers = result.markers;
        if (run === 0) console.log(`  ${label}: ${markers} markers, ${result.icons} icons in view`);
        await context.close();
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      console.log(`  ${label}: drawn after ${median.toFixed(0)} ms (median of ${runs}; fastest ${times[0].toFixed(0)}, slowest ${times[times.length - 1].toFixed(0)})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
