import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../errors.ts';
import { routeProposal } from './routing.ts';

const employing = { agencyId: 'ubnd-xa-a', headPersonId: 'chu-tich' };
const superior = { agencyId: 'ubnd-tinh', headPersonId: 'chu-tich-tinh' };

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('routeProposal', () => {
  test("ND73 Art. 7(4): a plan goes to the employing agency's head", () => {
    assert.deepEqual(routeProposal({ proposerPersonId: 'pho-chu-tich', employingAgency: employing, superiorAgency: superior }), {
      level: 'employing',
      agencyId: 'ubnd-xa-a',
      decidingHeadPersonId: 'chu-tich',
      citation: 'ND73/2023 Art. 7(4)',
    });
  });

  test("ND73 Art. 7(4): when the proposer is the head, the plan goes to the superior agency's head", () => {
    assert.deepEqual(routeProposal({ proposerPersonId: 'chu-tich', employingAgency: employing, superiorAgency: superior }), {
      level: 'superior',
      agencyId: 'ubnd-tinh',
      decidingHeadPersonId: 'chu-tich-tinh',
      citation: 'ND73/2023 Art. 7(4)',
    });
  });

  test('ND73 Art. 7(4): a head without a superior agency cannot submit to themselves', () => {
    const error = errorOf(() => routeProposal({ proposerPersonId: 'chu-tich', employingAgency: employing, superiorAgency: null }));
    assert.equal(error.code, 'routing.no_superior_agency');
    assert.equal(error.details?.['citation'], 'ND73/2023 Art. 7(4)');
  });

  test('ND73 Art. 7(4): a vacant head post is reported, not routed to nobody', () => {
    assert.equal(
      errorOf(() =>
        routeProposal({ proposerPersonId: 'x', employingAgency: { agencyId: 'a', headPersonId: null }, superiorAgency: superior }),
      ).code,
      'routing.head_vacant',
    );
    assert.equal(
      errorOf(() =>
        routeProposal({ proposerPersonId: 'chu-tich', employingAgency: employing, superiorAgency: { agencyId: 't', headPersonId: null } }),
      ).code,
      'routing.head_vacant',
    );
  });
});
