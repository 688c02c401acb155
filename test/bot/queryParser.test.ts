// req.query's short way (src/bot/queryParser.ts) must give every route exactly what restify's
// queryParser (qs) gives: compared on the query strings routes get and on awkward ones.
import { expect } from 'chai';
import restify, { type Request, type Response } from 'restify';
import { plainQuery, queryParser } from '../../src/bot/queryParser';

const QUERIES = [
  'watermark=12', 'watermark=', 'watermark=0&t=abc.def-ghi_jkl', 'lang=en', 'status=waiting&audience=seeker', 'before=42&limit=200',
  'watermark=1&watermark=2', 'a[b]=1', 'a[]=1&a[]=2', 'a.b=1', 'q=a+b', 'q=%41%42', 'q=%E0', 'constructor=1', '__proto__=1', 'hasOwnProperty=x',
  'toString=1&a=2', 'a=1&', '&a=1', 'a', 'a=1=2', '0=x', 'a=1;b=2', 'é=1', `${'k'.repeat(3)}=${'v'.repeat(500)}`,
  Array.from({ length: 25 }, (_, i) => `p${i}=${i}`).join('&'), Array.from({ length: 20 }, (_, i) => `p${i}=${i}`).join('&'),
];

function viaPlugin(handler: restify.RequestHandler, query: string): unknown {
  const req = { getQuery: () => query, params: {} } as unknown as Request;
  let called = false;
  void handler(req, {} as Response, () => (called = true));
  expect(called, query).to.equal(true);
  return req.query;
}

describe('query parser: the short way matches qs', () => {
  const ours = queryParser();
  const restifys = restify.plugins.queryParser({ mapParams: false });

  for (const query of [...QUERIES, '']) {
    it(`?${query.slice(0, 40)}`, () => {
      const expected = viaPlugin(restifys, query);
      const actual = viaPlugin(ours, query);
      expect(actual).to.deep.equal(expected);
      expect(Object.getPrototypeOf(actual)).to.equal(Object.getPrototypeOf(expected));
    });
  }

  it('takes the short way only for plain, distinct pairs', () => {
    expect(plainQuery('watermark=12')).to.deep.equal({ watermark: '12' });
    expect(plainQuery('watermark=1&t=x')).to.deep.equal({ watermark: '1', t: 'x' });
    for (const query of ['watermark=1&watermark=2', 'a[b]=1', 'q=a+b', 'q=%41', 'constructor=1', 'a', 'a=1&']) expect(plainQuery(query), query).to.equal(undefined);
  });
});
