/**
 * Escapes by URL scheme (issue 5, item 5), on the browser host: data:, javascript:, file:,
 * blob: (of the page's own origin and of another), view-source: and chrome:, as links, as new
 * windows and from the UI page itself. None of them may ever show a document: the content's own
 * navigations are refused with the "not https" notice, and the browser refuses the local schemes
 * before any navigation starts (the page stays as it was, and no notice is needed).
 */
import type { Page } from '@playwright/test';
import { content } from './helpers';
import { KELA_ESCAPES, contentFrame, expectBlocked, expectContentShows, openEscapes, watchEscapes, type EscapeWatch } from './escape-helpers';
import { expect, test } from './kiosk-test';

const LOCAL_SCHEMES = /^(data|blob|file|view-source|chrome|javascript):/;

/** No frame of any page ever committed a document of one of these schemes. */
function expectNoSchemeShown(watch: EscapeWatch): void {
  expect(watch.committed.filter((url) => LOCAL_SCHEMES.test(url))).toEqual([]);
}

async function expectStillOnEscapes(page: Page): Promise<void> {
  await expect(page.getByTestId('blocked-notice')).toBeHidden();
  await expectContentShows(page, '#escapes', KELA_ESCAPES);
  await expect(content(page).locator('#evil')).toHaveCount(0);
}

test.beforeEach(async ({ page, kiosk }) => {
  await openEscapes(page, kiosk);
});

for (const [id, what] of [
  ['to-data', 'a data: link'],
  ['to-blob-own', "a blob: of the page's own origin"],
] as const) {
  test(`${what} is refused as not https, and the page comes back`, async ({ page, kiosk }) => {
    const watch = watchEscapes(page);
    await content(page).locator(`#${id}`).click();
    // A data: or blob: URL has no host to name.
    await expectBlocked(page, kiosk, 'not-https', null);
    await page.getByTestId('blocked-dismiss').click();
    await expectStillOnEscapes(page);
    expectNoSchemeShown(watch);
  });
}

for (const [id, url] of [
  ['to-file', 'file:///etc/hostname'],
  ['to-blob-foreign', 'blob:https://www.evil.test:8443/'],
  ['to-view-source', 'view-source:https://www.evil.test:8443/'],
  ['to-chrome', 'chrome://settings/'],
] as const) {
  test(`${url}: the browser refuses the link before any navigation starts`, async ({ page }) => {
    const watch = watchEscapes(page);
    await content(page).locator(`#${id}`).click();
    await expect.poll(() => watch.console.some((line) => line.startsWith(`Not allowed to load local resource: ${url}`))).toBe(true);
    await expectStillOnEscapes(page);
    expect(watch.committed).toEqual([]);
    expect(watch.requested).toEqual([]);
  });
}

test('a javascript: link runs in the e-service page only, never in the kiosk UI', async ({ page }) => {
  const watch = watchEscapes(page);
  await content(page).locator('#to-javascript').click();
  await expect(content(page).locator('html')).toHaveAttribute('data-js-ran', 'yes');
  await content(page).locator('#top-javascript').click();
  await expect.poll(() => watch.console.some((line) => line.startsWith('Unsafe attempt to initiate navigation'))).toBe(true);
  await expect(page.locator('html')).not.toHaveAttribute('data-pwned', /.*/);
  await expectStillOnEscapes(page);
  expectNoSchemeShown(watch);
});

test('new windows of every local scheme never open', async ({ page, context }) => {
  const watch = watchEscapes(page);
  let opened = 0;
  context.on('page', () => (opened += 1));
  for (const url of [
    'data:text/html,%3Ch1%20id%3Devil%3EEVIL%3C%2Fh1%3E',
    'javascript:document.write("EVIL")',
    'file:///etc/hostname',
    'blob:https://www.evil.test:8443/6d1c3f52-0000-4000-8000-000000000000',
    'view-source:https://www.evil.test:8443/',
    'chrome://settings/',
  ]) {
    // A click gives the page the user activation a window.open needs.
    await contentFrame(page).evaluate((target) => {
      document.body.addEventListener('click', () => window.open(target), { once: true });
    }, url);
    await content(page).locator('h1').click();
  }
  await expect.poll(() => watch.console.filter((line) => line.startsWith('Not allowed to load local resource')).length).toBe(4);
  expect(opened).toBe(0);
  expect(context.pages()).toEqual([page]);
  await expectStillOnEscapes(page);
  expectNoSchemeShown(watch);
});

test('the UI page itself cannot be sent to any local scheme', async ({ page, kiosk }) => {
  const watch = watchEscapes(page);
  for (const url of ['data:text/html,EVIL', 'file:///etc/hostname', 'view-source:https://www.evil.test:8443/', 'chrome://settings/']) {
    await page.evaluate((target) => {
      window.location.href = target;
    }, url);
  }
  await page.waitForTimeout(500);
  expect(page.url()).toBe(kiosk.uiUrl);
  await expect(page.getByTestId('toolbar-end')).toBeVisible();
  await expectStillOnEscapes(page);
  expectNoSchemeShown(watch);
});
