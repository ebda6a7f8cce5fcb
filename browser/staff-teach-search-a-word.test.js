// Story: people search for "klaverjassen" and find nothing, while the card club in the village
// writes "kaarten". A staff member adds the two words as a group on /beheer/synoniemen (first
// with a mistake, which the form points out and keeps), and the very next search finds the club.
// Every page passes axe.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, checkAccessibility, expectHeading, newPhonePage } = require('./support/server');
const { logInAsStaff, logInWithMailedCode } = require('./support/login');

const STAFF = 'medewerker@example.nl';

describe('staff teach search a word', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ env: { OMZIEN_PDOK_URL: 'http://127.0.0.1:9' } });
    browser = await launchBrowser();
    const page = await newPhonePage(browser);
    await logInWithMailedCode(page, server, `soos-${Date.now()}@example.nl`);
    await page.goto(`${server.baseUrl}/initiatieven/nieuw`);
    await page.getByLabel('Naam van je initiatief').fill('Soos De Linde');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zeist' });
    await page.getByLabel('Cultuur', { exact: true }).check();
    await page.getByLabel('Wat doen jullie? In één zin').fill('Elke dinsdag kaarten in het dorpshuis.');
    await page.getByRole('button', { name: 'Zet het erop' }).click();
    await expectHeading(page, 'Soos De Linde');
    await page.context().close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a group of words added by staff counts for the next search', async () => {
    const visitor = await newPhonePage(browser);
    await visitor.goto(`${server.baseUrl}/zoeken?q=klaverjassen`);
    await expectHeading(visitor, 'Zoeken naar “klaverjassen”');
    assert.equal(await visitor.getByRole('link', { name: 'Soos De Linde' }).count(), 0, 'not found yet');

    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const desk = await context.newPage();
    await logInAsStaff(desk, server, STAFF);
    await desk.goto(`${server.baseUrl}/beheer`);
    await desk.getByRole('link', { name: 'Woorden voor het zoeken' }).click();
    await expectHeading(desk, 'Woorden die hetzelfde betekenen');
    await checkAccessibility(desk, '/beheer/synoniemen');

    // One word is not a group: the message sits by the field and the word stays.
    const words = desk.getByLabel('Woorden die hetzelfde betekenen');
    await words.fill('klaverjassen');
    await desk.getByRole('button', { name: 'Groep toevoegen' }).click();
    await desk.locator('#words-fout').waitFor();
    assert.match(await desk.locator('#words-fout').innerText(), /^Vul minstens twee woorden in/);
    assert.equal(await words.inputValue(), 'klaverjassen');
    await checkAccessibility(desk, '/beheer/synoniemen with a message by the field');

    await words.fill('klaverjassen, kaarten');
    await desk.getByRole('button', { name: 'Groep toevoegen' }).click();
    await desk.getByText('De groep is toegevoegd. Zoeken gebruikt hem meteen.').waitFor();
    await desk.getByRole('link', { name: 'klaverjassen, kaarten' }).waitFor();
    await context.close();

    await visitor.reload();
    await visitor.getByRole('link', { name: 'Soos De Linde' }).waitFor();
    await visitor.context().close();
  });
});
