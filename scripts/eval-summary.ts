// CLI: npx tsx scripts/eval-summary.ts [--json]
// Prints the ROUGE table of the extractive summary against the agency leads.
import { evaluateSummaries, formatSummaryTable } from './eval/summary';

const report = evaluateSummaries();
console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatSummaryTable(report));
