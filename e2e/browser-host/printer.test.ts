import { describe, expect, it } from 'vitest';
import { DECISION_PDF } from './fixtures/document-pages';
import { countPdfPages } from './printer';

describe('countPdfPages', () => {
  it('counts page objects, not the page tree', () => {
    expect(countPdfPages(Buffer.from(DECISION_PDF, 'latin1'))).toBe(1);
    expect(countPdfPages(Buffer.from('<</Type/Pages/Kids[3 0 R 4 0 R]>> <</Type /Page>> <</Type/Page/Parent 2 0 R>>'))).toBe(2);
    expect(countPdfPages(Buffer.from('not a pdf'))).toBe(0);
  });
});
