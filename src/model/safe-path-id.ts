/**
 * An id a scan may put into a URL path: letters, digits and `-_.~`, and never `.` or `..`, so encoding it
 * cannot change the path (a hostile id must not turn `/devices/{id}/settings` into another endpoint).
 */
export function isSafePathId(id: string): boolean {
  return id.length > 0 && id.length <= 128 && id !== '.' && id !== '..' && /^[A-Za-z0-9._~-]+$/.test(id);
}
