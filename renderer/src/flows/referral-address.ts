/**
 * A referral's web address as a client would type or photograph it: no "https://", no
 * trailing slash (the directory holds a bare host or an https URL of a public page).
 */
export function displayAddress(web: string): string {
  return web.replace(/^https:\/\//, '').replace(/\/$/, '');
}
