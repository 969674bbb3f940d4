/**
 * Entry of the init script every frame of the browser context runs before its own scripts
 * (attach.ts): the input guard for the content iframe and every frame inside it. The UI page,
 * the top frame, gets the same guard from the page script.
 */
import { installInputGuard } from './input-guard';

if (window.top !== window) installInputGuard(window);
