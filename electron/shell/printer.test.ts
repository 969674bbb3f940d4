import { describe, expect, it } from 'vitest';
import { createElectronPrinter } from './printer';
import { FakeWebContents } from './testing/fakes';

function setUp(deviceName: string | null = null, timeoutMs?: number) {
  const page = new FakeWebContents();
  const ui = new FakeWebContents();
  let shown: FakeWebContents | null = page;
  const printer = createElectronPrinter({
    page: () => shown,
    ui,
    settings: { enabled: true, deviceName },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return { page, ui, printer, closePage: () => (shown = null) };
}

describe('createElectronPrinter', () => {
  it('prints the page shown silently, with backgrounds, to the default printer', async () => {
    const t = setUp();
    await t.printer.print('page');
    expect(t.page.prints).toEqual([{ silent: true, printBackground: true }]);
    expect(t.ui.prints).toEqual([]);
  });

  it('prints a document from the UI view (its print CSS shows only the viewer) to the configured printer', async () => {
    const t = setUp('HP_LaserJet_Asiakas');
    await t.printer.print('document');
    expect(t.ui.prints).toEqual([{ silent: true, printBackground: true, deviceName: 'HP_LaserJet_Asiakas' }]);
    expect(t.page.prints).toEqual([]);
  });

  it("rejects with Electron's failure reason", async () => {
    const t = setUp();
    t.page.printResult = { success: false, failureReason: 'Print job canceled' };
    await expect(t.printer.print('page')).rejects.toThrow(new Error('Print job canceled'));
  });

  it('never passes on a reason that could name a page or a file', async () => {
    const t = setUp();
    t.page.printResult = { success: false, failureReason: 'failed on https://www.kela.fi/?hetu=010101-123X' };
    await expect(t.printer.print('page')).rejects.toThrow(new Error('Print job failed'));
    t.ui.print = () => {
      throw new Error('Invalid deviceName /dev/usb/lp0');
    };
    await expect(t.printer.print('document')).rejects.toThrow(new Error('Print job failed'));
  });

  it('rejects when no page is open, or its view is gone', async () => {
    const t = setUp();
    t.page.close();
    await expect(t.printer.print('page')).rejects.toThrow('Nothing to print');
    t.closePage();
    await expect(t.printer.print('page')).rejects.toThrow('Nothing to print');
  });

  it('gives up on a printer that never answers', async () => {
    const t = setUp(null, 5);
    t.ui.printResult = 'never';
    await expect(t.printer.print('document')).rejects.toThrow('Print timed out');
  });
});
