/** Categories match case- and space-insensitively: "Billing  error" and "billing error" are one. */
export function categoryKey(category: string): string {
  return category.trim().replace(/\s+/g, ' ').toLowerCase();
}
