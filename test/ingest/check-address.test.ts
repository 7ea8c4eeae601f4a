import { describe, expect, it } from 'vitest';
import { AddressAllowList, isAllowEntry, nonPublicRange } from '../../src/ingest/check-address.js';

describe('nonPublicRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['10.0.0.1', 'private'], ['172.16.5.4', 'private'], ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'], ['100.64.0.1', 'carrierGradeNat'], ['0.0.0.0', 'unspecified'], ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'], ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'linkLocal'], ['fd00::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'], ['::ffff:127.0.0.1', 'loopback'], ['::ffff:10.0.0.1', 'private'], ['64:ff9b::a9fe:a9fe', 'linkLocal'],
  ])('classes %s as %s', (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '64:ff9b::808:808'])('lets the public address %s through', (address) => {
    expect(nonPublicRange(address)).toBeUndefined();
  });
});

describe('AddressAllowList', () => {
  const allow = new AddressAllowList(['10.1.0.0/16', '127.0.0.1', 'fd00::/8', 'Intranet.Example']);

  it('allows addresses in its ranges, IPv4-mapped ones too, and nothing else', () => {
    expect(['10.1.2.3', '127.0.0.1', '::ffff:127.0.0.1', 'fd12::5'].map((a) => allow.allowsAddress(a))).toEqual([true, true, true, true]);
    expect(['10.2.0.1', '127.0.0.2', '::1', '192.168.1.1'].map((a) => allow.allowsAddress(a))).toEqual([false, false, false, false]);
  });

  it('allows named hosts in any case, with or without the final dot', () => {
    expect(allow.allowsHost('intranet.example.')).toBe(true);
    expect(allow.allowsHost('intranet.example.org')).toBe(false);
  });

  it('tells a usable entry from one that is none', () => {
    expect(['10.0.0.0/8', '::1', '[fd00::1]', 'news.test'].every(isAllowEntry)).toBe(true);
    expect(['10.0.0.0/40', 'http://x', 'a b', '-bad-.example'].some(isAllowEntry)).toBe(false);
  });
});
