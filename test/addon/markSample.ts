// The bundled sample with its columns marked through the real sidebar endpoints, as a user
// would: the nail factory (weight judged alone, nails per week its counterpart) and the lead
// funnel (leads a KPI that customers and qualified leads should keep pace with, customers a
// target of 5 in 2024, counted as the sum of the new customers per month: the sheet's own
// check block adds them up too, =TARGET_PROGRESS(SUM(D2:D13), 5)).
import type { LocalRuntime } from '../../src/local/runtime/createRuntime';
import { SidebarClient } from './sidebarClient';

function saved(client: SidebarClient): void {
  const result = client.save();
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result)}`);
}

export function markNailFactory(runtime: LocalRuntime): void {
  runtime.setActiveSheet('Nail factory');
  const c = new SidebarClient(runtime);
  c.edit('Week', { role: 'time' });
  c.edit('Nails per week', { role: 'kpi' });
  c.edit('Average nail weight (g)', {
    role: 'kpi',
    healthyMin: '4',
    healthyMax: '6',
    counterparts: [c.pair('Nails per week')],
  });
  saved(c);
}

export function markLeadFunnel(runtime: LocalRuntime): void {
  runtime.setActiveSheet('Lead funnel');
  const c = new SidebarClient(runtime);
  c.edit('Month', { role: 'time' });
  c.edit('Leads', {
    role: 'kpi',
    counterparts: [c.pair('Qualified leads', 'pace'), c.pair('Customers', 'pace')],
  });
  c.edit('Customers', {
    role: 'target',
    goal: '5',
    baseline: '0',
    start: '2024-01-01',
    end: '2024-12-31',
    measure: 'sum',
  });
  saved(c);
}

export function markSample(runtime: LocalRuntime): void {
  markNailFactory(runtime);
  markLeadFunnel(runtime);
}
