/**
 * The link the room should open: this page's address (with the share link the URL sync keeps in
 * the hash) minus the presenter view and the lesson (a lesson would load its own first step over
 * the linked run), so laptops get the ordinary lab on the very run on the screen.
 */
export function followLink(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('view');
  url.searchParams.delete('lesson');
  return url.toString();
}
