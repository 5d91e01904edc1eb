/** Graph's DateTimeOffset wire format: ISO 8601 in UTC without milliseconds ("2024-05-01T09:30:00Z"). */
export function graphDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
