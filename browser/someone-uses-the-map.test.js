// Story: someone opens the map on a closed network (the tiles cannot load), filters on a theme,
// sees the markers of just those initiatives, clicks a cluster to zoom into Amersfoort, opens a
// popup with the keyboard and follows its link to the profile, and finds the same initiatives in
// the list view. With search words the map shows what the search finds, the list view keeps the
// words, and words that find nothing say so. A home-based initiative shows only its
// neighbourhood: its exact point is in no page source and no map data. A partner website frames
// the embeddable map. Every page passes axe.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs/promises');
const http = require('node:http');
const path = require('node:path');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, runCommand, checkAccessibility, expectHeading } = require('./support/server');

// Made-up initiatives in the interchange format (../shared/data/README.md). Imported profiles
// show their neighbourhood, never the point in the file. The points have digits that appear
// nowhere in the gazetteer, so finding them in a page means the home leaked.
const FOOD = [
  { id: 'K001', name: 'Voedselbank Vathorst', municipality: 'Amersfoort', place: 'Vathorst', lat: 52.1973, lon: 5.4127 },
  { id: 'K002', name: 'Buurtkoelkast Kattenbroek', municipality: 'Amersfoort', place: 'Kattenbroek', lat: 52.1857, lon: 5.3989 },
  { id: 'K003', name: 'Gaarkeuken Liendert', municipality: 'Amersfoort', place: 'Liendert', lat: 52.1629, lon: 5.4163 },
  { id: 'K004', name: 'Soepkar Schothorst', municipality: 'Amersfoort', place: 'Schothorst', lat: 52.1751, lon: 5.3987 },
  { id: 'K005', name: 'Moestuin De Kroost', municipality: 'Zeist', place: 'Zeist', lat: 52.0913, lon: 5.2419 },
  { id: 'K006', name: 'Voedseltuin Overvecht', municipality: 'Utrecht', place: 'Overvecht', lat: 52.1179, lon: 5.1093 },
];
const OTHER = [
  { id: 'K101', name: 'Taalcafé Leusden', municipality: 'Leusden', place: 'Leusden', lat: 52.1327, lon: 5.4311, themes: ['taal-integratie'] },
  { id: 'K102', name: 'Repair Café Houten', municipality: 'Houten', place: 'Houten', lat: 52.0287, lon: 5.1683, themes: ['duurzaamheid-energie'] },
];
const FOOD_NAMES = FOOD.map((i) => i.name).sort();
const HOME = FOOD[0]; // Voedselbank Vathorst runs from a kitchen in Vathorst

function interchange(initiative) {
  const slug = initiative.name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-');
  return {
    summary: `${initiative.name} helpt mensen in de buurt.`,
    description: 'Wij zijn vrijwilligers uit de buurt. Iedereen is welkom.',
    themes: ['voedsel'],
    target_groups: ['buurtbewoners'],
    phase: 'gevestigd',
    founded: 2019,
    legal_form: 'informeel',
    offers: [],
    needs: [],
    website: `https://${slug}.example.org`,
    email: `info@${slug}.example.org`,
    ...initiative,
  };
}

// Everything that would give the home away: the point as written, and rounded.
function homeDigits() {
  return [String(HOME.lat), String(HOME.lon), '1973', '4127'];
}

function assertNoHome(text, where) {
  for (const digits of homeDigits()) {
    assert.ok(!text.includes(digits), `the exact point of ${HOME.name} (${digits}) is in ${where}`);
  }
}

// Blocks every request that does not go to our own server on loopback (tiles, fonts, anything),
// as on a closed network. Returns the list of blocked URLs.
async function closeNetwork(context) {
  const blocked = [];
  await context.route((url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname), (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return blocked;
}

// Waits until map.js has drawn the GeoJSON (or failed), and returns the marker count it drew.
async function waitForMarkers(page) {
  const holder = page.locator('[data-omzien-map]');
  await holder.and(page.locator('[data-ready]')).waitFor({ state: 'attached' });
  assert.equal(await holder.getAttribute('data-failed'), null, 'the map data loaded');
  return Number(await holder.getAttribute('data-markers'));
}

// What the map shows now: the names of single markers, and the counts on the clusters.
async function drawnOnMap(page) {
  return page.locator('[data-omzien-map]').evaluate((holder) => {
    const inView = (element) => {
      const box = element.getBoundingClientRect();
      const frame = holder.getBoundingClientRect();
      return box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom;
    };
    const markers = [...holder.querySelectorAll('.leaflet-marker-icon.omzien-marker')].filter(inView)
      .map((marker) => marker.getAttribute('aria-label').replace(/ \(plek ongeveer\)$/, ''));
    const clusters = [...holder.querySelectorAll('.leaflet-marker-icon.omzien-cluster')].filter(inView)
      .map((cluster) => Number(cluster.textContent.trim()));
    return { markers: markers.sort(), clusters };
  });
}

const zoomOf = async (page) => Number(await page.locator('[data-omzien-map]').getAttribute('data-zoom'));

describe('someone uses the map', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    const file = path.join(server.dataDir, 'kaart-initiatieven.json');
    await fs.writeFile(file, JSON.stringify([...FOOD, ...OTHER].map(interchange), null, 2));
    runCommand(server, ['import', 'initiatives', file]);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('filters the map, zooms into a cluster, opens a profile and sees the same list', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const blocked = await closeNetwork(context);
    const page = await context.newPage();

    await page.goto(`${server.baseUrl}/kaart`);
    await expectHeading(page, 'Kaart van initiatieven');
    assert.equal(await waitForMarkers(page), FOOD.length + OTHER.length, 'every initiative is on the map');
    // The tiles were asked for and refused; the map says so and still works.
    await page.getByText('De achtergrondkaart laadt niet. De initiatieven staan er wel op.').waitFor();
    assert.ok(blocked.some((url) => url.startsWith('https://service.pdok.nl/')), `tiles were blocked: ${blocked.join(', ')}`);

    // Filters on the theme "Voedsel".
    await page.getByText('Thema, voor wie, gemeente en fase').click();
    await page.getByRole('checkbox', { name: /^Voedsel/ }).check();
    const dataResponse = page.waitForResponse((r) => r.url().includes('/kaart/initiatieven.geojson'));
    await page.getByRole('button', { name: 'Toon op de kaart' }).click();
    await page.waitForURL((url) => url.searchParams.get('thema') === 'voedsel');
    const geojson = await (await dataResponse).json();
    assert.deepEqual(geojson.features.map((f) => f.properties.n).sort(), FOOD_NAMES, 'the map data is the filtered set');
    assert.equal(await waitForMarkers(page), FOOD.length);
    await expectHeading(page, 'Kaart van initiatieven');
    assert.match(await page.getByRole('heading', { level: 2, name: /initiatieven$/ }).first().innerText(), /^6 initiatieven/);

    // Markers for the filtered set only: the four in Amersfoort share a cluster at this zoom.
    const overview = await drawnOnMap(page);
    const shown = overview.markers.length + overview.clusters.reduce((sum, n) => sum + n, 0);
    assert.equal(shown, FOOD.length, `markers and clusters hold the six: ${JSON.stringify(overview)}`);
    for (const other of OTHER) assert.ok(!overview.markers.includes(other.name), `${other.name} is filtered out`);
    assert.ok(overview.clusters.length > 0, 'nearby initiatives are clustered');
    await checkAccessibility(page, 'the filtered map');

    // Clicks the cluster: the map zooms in and the initiatives come apart.
    const before = await zoomOf(page);
    const cluster = page.locator('.leaflet-marker-icon.omzien-cluster').first();
    assert.match(await cluster.getAttribute('aria-label'), /^\d+ initiatieven dicht bij elkaar/);
    await cluster.click();
    await page.waitForFunction((zoom) => Number(document.querySelector('[data-omzien-map]').dataset.zoom) > zoom, before);
    await page.waitForTimeout(400); // the cluster's split animation
    const zoomedIn = await drawnOnMap(page);
    assert.ok(zoomedIn.markers.length > overview.markers.length, `more single markers after the zoom: ${JSON.stringify(zoomedIn)}`);
    assert.ok(zoomedIn.markers.every((name) => FOOD_NAMES.includes(name)), JSON.stringify(zoomedIn));

    // Opens a marker's popup with the keyboard: the popup's link gets the focus.
    const marker = page.getByRole('button', { name: `${HOME.name} (plek ongeveer)` });
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    assert.match(await popup.innerText(), /De plek is ongeveer: het midden van Vathorst\./);
    const link = popup.getByRole('link', { name: HOME.name });
    assert.equal(await link.evaluate((a) => a === document.activeElement), true, 'the popup link has the focus');
    // Leaflet fades a popup in; axe measuring contrast halfway through the fade sees paler text
    // than anyone reading it does, so it checks once the popup is fully shown.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1');
    await checkAccessibility(page, 'the map with an open popup');
    // Escape closes the popup and gives the focus back to the marker.
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    assert.equal(await marker.evaluate((m) => m === document.activeElement), true, 'the focus is back on the marker');

    // A click on the marker and then the link in the popup opens the profile.
    await marker.click();
    await popup.getByRole('link', { name: HOME.name }).click();
    await expectHeading(page, HOME.name);
    assert.equal(new URL(page.url()).pathname, '/initiatieven/voedselbank-vathorst');
    assert.match(await page.locator('main').innerText(), /Vathorst/);
    assertNoHome(await (await page.request.get(page.url())).text(), 'the profile page source');

    // Back on the map: the list beside it and the list view show the same six.
    await page.goBack();
    await waitForMarkers(page);
    const besideTheMap = await page.locator('[data-map-list] .omzien-card__title a').allInnerTexts();
    assert.deepEqual(besideTheMap.map((n) => n.trim()).sort(), FOOD_NAMES);
    await page.getByRole('link', { name: 'Bekijk deze initiatieven als lijst' }).click();
    await page.waitForURL((url) => url.pathname === '/initiatieven' && url.searchParams.get('thema') === 'voedsel');
    const listed = await page.locator('main h2 a, main h3 a').allInnerTexts();
    assert.deepEqual(listed.map((n) => n.trim()).filter((n) => FOOD_NAMES.includes(n) || OTHER.some((o) => o.name === n)).sort(),
      FOOD_NAMES, 'the list view holds the same initiatives');
    await context.close();
  });

  test('searches with words on the map, keeps them on the list, and an empty search explains itself', async () => {
    // Imported profiles reach the search index through the server's queue (within a minute).
    const found = async (query) => (await (await fetch(`${server.baseUrl}/kaart/initiatieven.geojson?${query}`)).json()).features;
    for (let i = 0; i < 90 && (await found('q=soepkar')).length === 0; i += 1) await new Promise((r) => setTimeout(r, 1000));

    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    await closeNetwork(context);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/kaart?thema=voedsel`);
    await waitForMarkers(page);
    await page.getByLabel('Zoekwoorden').fill('soepkar');
    await page.getByRole('button', { name: 'Toon op de kaart' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'soepkar' && url.searchParams.get('thema') === 'voedsel');
    assert.equal(await waitForMarkers(page), 1, 'only what the search finds');
    assert.match(await page.locator('#kaart-kop').innerText(), /^1 initiatief voor “soepkar”/);
    assert.deepEqual((await drawnOnMap(page)).markers, ['Soepkar Schothorst']);
    assert.equal(await page.getByLabel('Zoekwoorden').inputValue(), 'soepkar', 'the form shows the words');
    await checkAccessibility(page, 'the map with search words');

    // The list view is the search, with the same words and filters, and it leads back.
    await page.getByRole('link', { name: 'Bekijk deze initiatieven als lijst' }).click();
    await page.waitForURL((url) => url.pathname === '/zoeken' && url.searchParams.get('q') === 'soepkar' &&
      url.searchParams.get('thema') === 'voedsel');
    await page.getByRole('link', { name: 'Bekijk deze resultaten op de kaart' }).click();
    await page.waitForURL((url) => url.pathname === '/kaart' && url.searchParams.get('q') === 'soepkar' &&
      url.searchParams.get('thema') === 'voedsel');
    assert.equal(await waitForMarkers(page), 1);

    // Words that find nothing: a sentence and ways out instead of an empty map.
    await page.getByLabel('Zoekwoorden').fill('zeilvliegen');
    await page.getByRole('button', { name: 'Toon op de kaart' }).click();
    await page.getByText('We vonden geen initiatieven voor “zeilvliegen” met deze filters.').waitFor();
    assert.equal(await page.locator('[data-omzien-map]').count(), 0, 'no empty map');
    await checkAccessibility(page, 'the map without results');
    await page.getByRole('link', { name: 'Toon de kaart met deze filters, zonder zoekwoorden' }).click();
    assert.equal(await waitForMarkers(page), FOOD.length);
    await context.close();
  });

  test('a home-based initiative shows only its neighbourhood, in every source', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    await closeNetwork(context);
    const page = await context.newPage();
    for (const url of ['/kaart', '/kaart?thema=voedsel', '/kaart?bij=Amersfoort&km=10', '/embed/kaart',
      '/kaart/initiatieven.geojson', '/kaart/initiatieven.geojson?bij=Vathorst&km=5', '/initiatieven',
      '/initiatieven/voedselbank-vathorst', '/initiatieven/voedselbank-vathorst/afdrukken', '/open-data/initiatieven.json',
      '/open-data/initiatieven.csv']) {
      const response = await page.request.get(`${server.baseUrl}${url}`);
      assert.equal(response.status(), 200, url);
      assertNoHome(await response.text(), `the source of ${url}`);
    }
    // The point on the map is the centre of Vathorst, marked as approximate.
    const data = await (await page.request.get(`${server.baseUrl}/kaart/initiatieven.geojson`)).json();
    const feature = data.features.find((f) => f.properties.n === HOME.name);
    assert.deepEqual(feature.geometry.coordinates, [5.415, 52.196]);
    assert.equal(feature.properties.a, 'Vathorst', 'marked as approximate: the centre of Vathorst');
    // And in the drawn page, after the script ran.
    await page.goto(`${server.baseUrl}/kaart`);
    await waitForMarkers(page);
    assertNoHome(await page.content(), 'the drawn map page');
    await context.close();
  });

  test('the map works at 360 pixels wide and in a partner website', async () => {
    const phone = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await closeNetwork(phone);
    const page = await phone.newPage();
    await page.goto(`${server.baseUrl}/kaart?thema=voedsel`);
    assert.equal(await waitForMarkers(page), FOOD.length);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    }));
    assert.ok(scrollWidth <= innerWidth, `the map page scrolls sideways at 360 px: ${scrollWidth}`);
    await checkAccessibility(page, 'the map on a phone');

    // The embed on its own, as axe sees it.
    await page.goto(`${server.baseUrl}/embed/kaart?thema=voedsel`);
    assert.equal(await waitForMarkers(page), FOOD.length);
    await checkAccessibility(page, 'the embeddable map');
    await phone.close();

    // A municipality's website pastes the snippet from /open-data.
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    await closeNetwork(context);
    const visit = await context.newPage();
    await visit.goto(`${server.baseUrl}/open-data`);
    const snippet = await visit.getByLabel(/Code om de kaart in te sluiten/).inputValue();
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/kaart"/);
    await checkAccessibility(visit, 'the open data page');
    // The partner website runs on its own server (another origin on loopback; Chromium does not
    // let a page without an address, such as a routed one, frame a loopback address).
    const partner = http.createServer((request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end('<!DOCTYPE html><html lang="nl"><head><title>Gemeente</title></head><body><main>' +
        `<h1>Initiatieven in onze gemeente</h1>${snippet}` +
        `<iframe src="${server.baseUrl}/kaart" title="De grote kaart"></iframe></main></body></html>`);
    });
    await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
    try {
      const refused = [];
      visit.on('requestfailed', (request) => refused.push(`${request.url()} ${request.failure().errorText}`));
      await visit.goto(`http://localhost:${partner.address().port}/`);
      const embedded = visit.frameLocator('iframe[title="Kaart van bewonersinitiatieven"]');
      await embedded.locator('[data-omzien-map][data-ready]').waitFor({ state: 'attached' });
      assert.equal(Number(await embedded.locator('[data-omzien-map]').getAttribute('data-markers')), FOOD.length + OTHER.length);
      await embedded.getByRole('link', { name: 'Bekijk deze initiatieven als lijst' }).waitFor();
      // Every other page refuses to be framed (frame-ancestors 'none').
      for (let i = 0; i < 50 && !refused.some((line) => line.includes('/kaart ')); i += 1) await visit.waitForTimeout(100);
      assert.ok(refused.some((line) => line === `${server.baseUrl}/kaart net::ERR_BLOCKED_BY_RESPONSE`),
        `the big map page does not show inside another website: ${refused.join(', ')}`);
    } finally {
      partner.close();
    }
    await context.close();
  });
});
