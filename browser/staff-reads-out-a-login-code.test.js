// Story: a volunteer lost her phone and cannot log in; she calls the foundation. A staff member
// logs in with the second step, finds her, and reads out a code; she logs in on her new phone.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, runCommand, checkAccessibility, expectHeading, newPhonePage } = require('./support/server');
const { logInWithMailedCode } = require('./support/login');
const { totp } = require('./support/totp');

const STAFF = 'medewerker@example.nl';
const VOLUNTEER = 'ria.verhoef@example.nl';


describe('staff help by phone', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a staff member reads out a login code on the phone', async () => {
    // Ria has logged in before, on the phone she lost.
    const oldPhone = await newPhonePage(browser);
    await logInWithMailedCode(oldPhone, server, VOLUNTEER);
    await oldPhone.getByLabel('Je naam').fill('Ria Verhoef');
    await oldPhone.getByRole('button', { name: 'Bewaren' }).click();
    await oldPhone.waitForURL((url) => !url.pathname.startsWith('/account/welkom'));
    await oldPhone.context().close();

    // The staff member: mail code, then the second step, set up the first time.
    runCommand(server, ['admin', 'grant', STAFF]);
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const desk = await context.newPage();
    await logInWithMailedCode(desk, server, STAFF);
    if (desk.url().includes('/account/welkom')) await desk.goto(`${server.baseUrl}/beheer`);
    await expectHeading(desk, 'Tweede stap');
    await checkAccessibility(desk, 'the second step set-up');
    const secret = (await desk.locator('.omzien-secret').innerText()).trim();
    await desk.getByLabel(/^Code uit de app/).fill(totp(secret));
    await desk.getByRole('button', { name: 'Verder' }).click();
    await expectHeading(desk, 'Je herstelcodes');
    await checkAccessibility(desk, 'the recovery codes');
    await desk.getByRole('link', { name: /Ik heb ze bewaard/ }).click();

    // Finds Ria and makes a code to read out.
    await desk.goto(`${server.baseUrl}/beheer`);
    await expectHeading(desk, 'Beheer');
    await checkAccessibility(desk, 'the staff home');
    await desk.getByRole('link', { name: 'Mensen helpen' }).click();
    await desk.getByLabel('E-mailadres of naam').fill('ria');
    await desk.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    const found = desk.getByRole('link', { name: 'Ria Verhoef' });
    await found.waitFor();
    await checkAccessibility(desk, 'the people search');
    await found.click();
    await expectHeading(desk, 'Ria Verhoef');
    await checkAccessibility(desk, 'a person');
    await desk.getByRole('button', { name: 'Maak een code om voor te lezen' }).click();
    const spoken = (await desk.locator('.omzien-phone-code__digits').innerText()).trim();
    assert.match(spoken, /^\d{3}\s?\d{3}$/);
    await checkAccessibility(desk, 'a person with a code to read out');

    // Ria, on her new phone, types what she hears.
    const newPhone = await newPhonePage(browser);
    await newPhone.goto(`${server.baseUrl}/inloggen`);
    await newPhone.getByRole('link', { name: 'Ik heb al een code' }).click();
    await expectHeading(newPhone, 'Vul je code in');
    await checkAccessibility(newPhone, 'the code page without a mail');
    await newPhone.getByLabel('Je e-mailadres').fill(VOLUNTEER);
    await newPhone.getByLabel('Code (6 cijfers)').fill(spoken);
    await newPhone.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await newPhone.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    const menu = newPhone.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Mijn account' }).waitFor();
    await newPhone.context().close();

    // The staff member can see what happened, also from her phone (wide tables scroll sideways).
    await desk.setViewportSize({ width: 360, height: 740 });
    await desk.goto(`${server.baseUrl}/beheer/mail`);
    await checkAccessibility(desk, 'the outgoing mail');
    await desk.goto(`${server.baseUrl}/beheer/logboek`);
    await checkAccessibility(desk, 'the audit log');
    await context.close();
  });
});
