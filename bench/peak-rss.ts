/** Highest resident set size of the whole process so far (worker threads included), in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
