import { StewardError } from '../errors';
import { licenceList, resolvePlan, resolveSku, type SubscribedSku } from './sku.resolver';

/** Operators name licences loosely; the resolver must land on exactly one subscribed SKU or say what exists. */
const sku = (skuId: string, skuPartNumber: string, plans: string[] = []): SubscribedSku => ({
  skuId,
  skuPartNumber,
  consumedUnits: 1,
  prepaidUnits: { enabled: 10 },
  servicePlans: plans.map((name, i) => ({ servicePlanId: `${skuId.slice(0, 8)}-plan-${i}`, servicePlanName: name })),
});
const E3 = sku('6fd2c87f-b296-42f0-b197-1e91e994b900', 'ENTERPRISEPACK', ['YAMMER_ENTERPRISE', 'FORMS_PLAN_E3', 'SWAY']);
const E5 = sku('06ebc4ee-1bb5-47dd-8120-11324bc54e06', 'SPE_E5', ['FORMS_PLAN_E5']);
const EMS = sku('efccb6f7-5641-4e0e-bd10-b4976e1bf68e', 'EMS');
const skus = [E3, E5, EMS];

describe('resolveSku', () => {
  it.each([
    ['E5', E5],
    ['Microsoft 365 E5', E5],
    ['spe_e5', E5],
    ['06EBC4EE-1BB5-47DD-8120-11324BC54E06', E5],
    ['E3', E3],
    ['Office 365 E3 license', E3],
    ['EMS', EMS],
  ])('%s → %s', (name, expected) => {
    expect(resolveSku(name, skus)).toBe(expected);
  });

  it('lists the available licences when nothing matches', () => {
    expect(() => resolveSku('Visio', skus)).toThrow(StewardError);
    expect(() => resolveSku('Visio', skus)).toThrow(/Available: Office 365 E3 \(ENTERPRISEPACK\), Microsoft 365 E5 \(SPE_E5\)/);
  });
});

describe('resolvePlan', () => {
  it('finds a plan by a word of its name and refuses an ambiguous or unknown one', () => {
    expect(resolvePlan('yammer', E3).servicePlanName).toBe('YAMMER_ENTERPRISE');
    expect(() => resolvePlan('teams', E3)).toThrow(/has no service plan "teams"/);
  });
});

describe('licenceList', () => {
  it('joins product names, or says None', () => {
    expect(licenceList([E3.skuId, E5.skuId], skus)).toBe('Office 365 E3 + Microsoft 365 E5');
    expect(licenceList([], skus)).toBe('None');
  });
});
