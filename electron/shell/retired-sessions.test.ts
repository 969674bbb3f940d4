import { describe, expect, it } from 'vitest';
import { createRetiredSessions } from './retired-sessions';

describe('createRetiredSessions', () => {
  it('keeps sessions until they are settled', () => {
    const retired = createRetiredSessions<string>();
    retired.retire('a');
    retired.retire('b');
    retired.retire('a');
    expect(retired.pending()).toEqual(['a', 'b']);
    retired.settle('a');
    expect(retired.pending()).toEqual(['b']);
  });
});
