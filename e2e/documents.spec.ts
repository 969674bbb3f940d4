/**
 * The client's documents on the browser host (issue 5): downloads open in the kiosk's own
 * viewer from the session folder, anything else is refused in words; the e-service's file
 * chooser is answered by the in-kiosk picker over the document inbox (USB stick copied, scanner
 * moved); printing needs a confirmation and keeps nothing; permissions only where configured;
 * the service's logout page is visited before the wipe; and the wipe leaves the session folder
 * and the scanner folder empty.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './kiosk-test';
import { expectAccessible } from './axe';
import { DECISION_PDF, LOGOUT_PATH, solidPng } from './browser-host/fixtures/document-pages';
import type { BrowserHost } from './browser-host/index';
import { DEFAULT_PREFS } from '../shared/content/accessibility';
import { content, contentShown, expectNoUrlsLogged, expectPhase, setPrefs, shot } from './helpers';
import { openKela, waitForPhase } from './escape-helpers';

const usb = mkdtempSync(join(tmpdir(), 'vierella-usb-'));
const scanner = mkdtempSync(join(tmpdir(), 'vierella-scanner-'));
test.use({ inbox: { usbFolder: usb, scannerFolder: scanner } });
// The inbox folders are shared by the tests of this file: one at a time.
test.describe.configure({ mode: 'serial' });

test.afterAll(() => {
  rmSync(usb, { recursive: true, force: true });
  rmSync(scanner, { recursive: true, force: true });
});

/** Documents on disk in the session folder: one folder per document (plus `incoming`). */
function documentFolders(kiosk: BrowserHost): string[] {
  try {
    return readdirSync(kiosk.sessionFolder).filter((name) => name.startsWith('doc-'));
  } catch {
    return [];
  }
}

async function openDocumentsPage(page: Page, kiosk: BrowserHost): Promise<void> {
  await openKela(page, kiosk);
  await content(page).locator('#to-documents').click();
  await expect(content(page).locator('h1')).toHaveText('Documents fixture');
}

async function endSession(page: Page): Promise<void> {
  await page.getByTestId('toolbar-end').click();
  await page.getByTestId('end-confirm-yes').click();
  await expectPhase(page, 'welcome', 20_000);
}

test('a downloaded PDF opens in the kiosk’s own viewer, and goes with the wipe', async ({ page, kiosk }) => {
  await openDocumentsPage(page, kiosk);
  await content(page).locator('#download-pdf').click();

  const viewer = page.getByTestId('document-viewer');
  await expect(viewer).toHaveAttribute('data-state', 'ready');
  await expect(viewer.getByRole('heading', { name: 'decision.pdf' })).toBeVisible();
  // The page is drawn (not blank): pdf.js painted the canvas.
  await expect(viewer.locator('canvas[data-drawn="true"]')).toHaveCount(1);
  await expect(viewer.locator('.visually-hidden')).toHaveText('Kela fixture decision');
  // The e-service is out of sight while the document is up.
  await expect(page.locator('iframe[name="kiosk-content"]')).toBeHidden();
  expect(documentFolders(kiosk)).toHaveLength(1);
  await expectAccessible(page, 'document viewer');
  await shot(page, 'document-viewer');

  // Larger: the page is shown bigger (scrolling sideways) and drawn again, sharper; Smaller undoes it.
  const canvas = viewer.locator('canvas').first();
  const size = () => canvas.evaluate((c: HTMLCanvasElement) => ({ shown: c.getBoundingClientRect().width, drawn: c.width }));
  const fitted = await size();
  await expect(page.getByTestId('document-zoom')).toHaveText(/^100\s%$/);
  await expect(page.getByTestId('document-smaller')).toBeDisabled();
  await page.getByTestId('document-larger').click();
  await page.getByTestId('document-larger').click();
  await expect(page.getByTestId('document-zoom')).toHaveText(/^150\s%$/);
  await expect.poll(async () => (await size()).drawn).toBeGreaterThan(fitted.drawn * 1.45);
  expect((await size()).shown / fitted.shown).toBeCloseTo(1.5, 2);
  const body = viewer.locator('.document-viewer__body');
  expect(await body.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
  await expectAccessible(page, 'document viewer at 150 %');
  await shot(page, 'document-viewer-150');
  await page.getByTestId('document-smaller').click();
  await page.getByTestId('document-smaller').click();
  await expect(page.getByTestId('document-zoom')).toHaveText(/^100\s%$/);
  // Smaller is now disabled: the keyboard focus went to Larger instead of falling to the page.
  await expect(page.getByTestId('document-smaller')).toBeDisabled();
  await expect(page.getByTestId('document-larger')).toBeFocused();
  await expect.poll(async () => (await size()).shown).toBeCloseTo(fitted.shown, 0);
  await expect(viewer).toHaveAttribute('data-state', 'ready');

  await page.getByTestId('document-close').click();
  await expect(content(page).locator('h1')).toHaveText('Documents fixture');
  await expect(page.getByTestId('toolbar-documents')).toHaveText(/\(1\)/);
  // A client with 200 % text gets the document at 200 % too (its pages are pictures the text size cannot reach).
  await setPrefs(page, { ...DEFAULT_PREFS, textScale: 2 });
  await page.getByTestId('toolbar-documents').click();
  await expectAccessible(page, 'documents list');
  await page.getByTestId('documents-open-doc-1').click();
  await expect(viewer).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('document-zoom')).toHaveText(/^200\s%$/);
  await setPrefs(page, DEFAULT_PREFS);

  await endSession(page);
  expect(readdirSync(kiosk.sessionFolder)).toEqual([]);
  expect(await kiosk.documents.verify()).toEqual([]);
  expect(kiosk.log.entries).toContainEqual(expect.objectContaining({ event: 'download.opened', detail: { host: 'www.kela.test:8443', kind: 'pdf' } }));
  expectNoUrlsLogged(kiosk.log);
  // The next client starts with no documents.
  await openKela(page, kiosk);
  await expect(page.getByTestId('toolbar-documents')).toHaveCount(0);
});

test('an image opens too; an archive and a "PDF" that is not one are refused in plain words', async ({ page, kiosk }) => {
  await openDocumentsPage(page, kiosk);
  await content(page).locator('#download-image').click();
  const viewer = page.getByTestId('document-viewer');
  await expect(viewer).toHaveAttribute('data-state', 'ready');
  await expect(viewer.getByRole('img', { name: 'Picture: receipt.png' })).toBeVisible();
  await page.getByTestId('document-close').click();

  for (const link of ['#download-archive', '#download-fakePdf']) {
    await contentShown(page);
    await content(page).locator(link).click();
    const notice = page.getByTestId('document-notice');
    await expect(notice).toBeVisible();
    await expect(notice.locator('[data-reason]')).toHaveAttribute('data-reason', 'not-a-document');
    await expect(notice).toContainText('only PDF documents and pictures');
    await expectAccessible(page, `refused ${link}`);
    await page.getByTestId('document-notice-dismiss').click();
  }
  // Only the image was kept; the refused files are gone from disk.
  expect(documentFolders(kiosk)).toEqual(['doc-1']);
  expect(readdirSync(join(kiosk.sessionFolder, 'incoming'))).toEqual([]);
});

test('the file chooser is the kiosk’s picker over the inbox: USB copied, scans moved, nothing else offered', async ({ page, kiosk }) => {
  // After the start-up wipe, which empties the scanner folder (scans are the last client's).
  await waitForPhase(kiosk, 'welcome');
  writeFileSync(join(usb, 'tax-card.pdf'), DECISION_PDF);
  writeFileSync(join(usb, 'notes.txt'), 'not a document');
  writeFileSync(join(scanner, 'scan-0001.png'), solidPng(40, 40, [200, 200, 200]));
  await openDocumentsPage(page, kiosk);

  await content(page).locator('#upload-many').click();
  const picker = page.getByTestId('file-picker');
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('checkbox')).toHaveCount(2);
  await expect(picker).toContainText('tax-card.pdf');
  await expect(picker).toContainText('From a USB stick');
  await expect(picker).toContainText('scan-0001.png');
  await expect(picker).not.toContainText('notes.txt');
  await expectAccessible(page, 'file picker');
  await shot(page, 'file-picker');
  // The scan left the scanner folder at once; the stick is never changed.
  expect(readdirSync(scanner)).toEqual([]);
  expect(readdirSync(usb).sort()).toEqual(['notes.txt', 'tax-card.pdf']);

  await picker.getByRole('checkbox', { name: /tax-card\.pdf/ }).check();
  await picker.getByRole('checkbox', { name: /scan-0001\.png/ }).check();
  await page.getByTestId('picker-send').click();
  await expect(picker).toBeHidden();
  await expect(content(page).locator('#chosen')).toHaveText(new RegExp(`^tax-card\\.pdf:${DECISION_PDF.length},scan-0001\\.png:\\d+$`));

  // A single-file chooser offers one choice; Cancel sends nothing.
  await contentShown(page);
  await content(page).locator('#upload-one').click();
  await expect(picker.getByRole('radio')).toHaveCount(2);
  await page.getByTestId('picker-cancel').click();
  await expect(picker).toBeHidden();
  // A second look at the stick adds nothing new.
  await contentShown(page);
  await content(page).locator('#upload-one').click();
  await expect(picker.getByRole('radio')).toHaveCount(2);
  await page.getByTestId('picker-cancel').click();

  await endSession(page);
  expect(readdirSync(kiosk.sessionFolder)).toEqual([]);
  expect(readdirSync(usb).sort()).toEqual(['notes.txt', 'tax-card.pdf']);
  expect(kiosk.log.entries.filter((e) => e.event === 'upload.answered')).toEqual([expect.objectContaining({ detail: { documents: 2 } })]);
  expectNoUrlsLogged(kiosk.log);
});

test('printing asks first, goes to the printer and keeps nothing', async ({ page, kiosk }) => {
  await openDocumentsPage(page, kiosk);
  await page.getByTestId('toolbar-print').click();
  const confirm = page.getByTestId('print-confirm');
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'print confirmation');
  await page.getByTestId('print-confirm-no').click();
  expect(kiosk.printer.jobs).toEqual([]);

  await page.getByTestId('toolbar-print').click();
  await page.getByTestId('print-confirm-yes').click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the printer' })).toBeVisible();
  expect(kiosk.printer.jobs).toEqual([expect.objectContaining({ target: 'page', pages: 1 })]);

  await contentShown(page);
  await content(page).locator('#download-pdf').click();
  await expect(page.getByTestId('document-viewer')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('document-print').click();
  await page.getByTestId('print-confirm-yes').click();
  await expect.poll(() => kiosk.printer.jobs.length).toBe(2);
  // Only the document's page went to paper (the print style sheet hides the kiosk around it).
  expect(kiosk.printer.jobs[1]).toEqual(expect.objectContaining({ target: 'document', pages: 1 }));
  expect(kiosk.log.entries.filter((e) => e.event === 'print.done').map((e) => e.detail['target'])).toEqual(['page', 'document']);
});

test('a permission reaches only the host the configuration names, and only the one granted', async ({ page, kiosk }) => {
  await openDocumentsPage(page, kiosk);
  const result = content(page).locator('#media-result');
  await content(page).locator('#camera').click();
  await expect(result).toHaveText('camera granted');
  await content(page).locator('#microphone').click();
  await expect(result).toHaveText('microphone refused NotAllowedError');

  await content(page).locator('#to-tunnistus-documents').click();
  await expect.poll(() => kiosk.core.snapshot().content.host).toBe('tunnistus.test:8443');
  await content(page).locator('#camera').click();
  await expect(result).toHaveText('camera refused NotAllowedError');
});

test('the service’s logout page is visited before the wipe when the client used the service', async ({ page, kiosk }) => {
  await openDocumentsPage(page, kiosk);
  const logout = page.waitForRequest((request) => request.url() === `https://www.kela.test:8443${LOGOUT_PATH}`);
  await endSession(page);
  await logout;
  expect(kiosk.log.entries).toContainEqual(expect.objectContaining({ event: 'session.service-logout', detail: { host: 'www.kela.test:8443', outcome: 'done' } }));
  // The logout comes before the wipe, never after it.
  const events = kiosk.log.entries.map((e) => e.event);
  expect(events.lastIndexOf('session.service-logout')).toBeLessThan(events.lastIndexOf('session.wipe'));

  // A client who never opened a service causes no logout visit.
  await waitForPhase(kiosk, 'welcome');
  const before = kiosk.log.entries.filter((e) => e.event === 'session.service-logout').length;
  await kiosk.core.handle('startSession', { language: 'en' });
  await endSession(page);
  expect(kiosk.log.entries.filter((e) => e.event === 'session.service-logout').length).toBe(before);
});
