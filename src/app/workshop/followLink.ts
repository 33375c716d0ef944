/**
 * The link the room should open: this page's address (with the share link the URL sync keeps in
 * the hash) minus the presenter view, so laptops get the ordinary lab on the same run.
 */
export function followLink(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('view');
  return url.toString();
}
