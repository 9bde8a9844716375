#!/usr/bin/env python3
"""Writes the malformed JSON files of the import corpus (src/test/resources/corpus/json) from the
example round, and their expected messages (place: message) into corpus/expected-json.tsv.
Run from the project root: python3 scripts/corpus/make_json_corpus.py"""
import copy, decimal, json, os, re

ROOT = 'src/test/resources/corpus'
OUT = os.path.join(ROOT, 'json')
BASE_TEXT = open('resources/examples/bif-2008.json', encoding='utf-8').read()
BASE = json.loads(BASE_TEXT, parse_float=decimal.Decimal)
MAX = '9999999999999.99'


class Raw:
    """A value written exactly as given (numbers JSON cannot hold in Python)."""
    def __init__(self, text):
        self.text = text


def dump(v):
    if isinstance(v, Raw):
        return v.text
    if isinstance(v, decimal.Decimal):
        return str(v)
    if isinstance(v, bool) or v is None or isinstance(v, (int, float)):
        return json.dumps(v)
    if isinstance(v, str):
        # keep lone surrogates and control characters as \u escapes
        out = []
        for ch in v:
            o = ord(ch)
            if ch == '"':
                out.append('\\"')
            elif ch == '\\':
                out.append('\\\\')
            elif o < 0x20 or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF):
                out.append('\\u%04x' % o)
            else:
                out.append(ch)
        return '"' + ''.join(out) + '"'
    if isinstance(v, list):
        return '[' + ','.join(dump(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ','.join(dump(k) + ':' + dump(x) for k, x in v.items()) + '}'
    raise TypeError(type(v))


cases = []


def text(name, content, expected):
    cases.append((name, content.encode('utf-8') if isinstance(content, str) else content, expected))


def mutate(name, fn, expected):
    d = copy.deepcopy(BASE)
    fn(d)
    text(name, dump(d), expected)


def t(d, i=0):
    return d['transfers'][i]


def c(d, i=0, j=0):
    return d['transfers'][i]['commitments'][j]


def setp(obj, key, value):
    obj[key] = value


T0 = 'transfers[0] (overførsel 10)'
T1 = 'transfers[1] (overførsel 11)'

# ---- not JSON, or not one JSON document ----
text('empty', '', 'Filen er tom.')
text('only-whitespace', ' \n\t\n', 'Filen er tom.')
text('truncated', BASE_TEXT[:700], 'ikke gyldig JSON: filen slutter, før alle')
text('two-documents', BASE_TEXT + BASE_TEXT, 'ikke gyldig JSON: der står mere efter dokumentets sidste')
text('trailing-brace', BASE_TEXT.rstrip() + '}', 'ikke gyldig JSON')
text('missing-comma', BASE_TEXT.replace('"committee"', '"x": 1 "committee"', 1), 'linje 5, kolonne 12: ikke gyldig JSON: en værdi, et komma')
text('single-quotes', "{'format': 'overfoersel/1'}", 'linje 1, kolonne 2: ikke gyldig JSON')
text('comment', '// eksport\n' + BASE_TEXT, 'linje 1, kolonne 1: ikke gyldig JSON')
text('nan', BASE_TEXT.replace('15739000.00', 'NaN', 1), 'ikke gyldig JSON: et tal er skrevet forkert')
text('leading-zeros', BASE_TEXT.replace('"accountsYear":2008', '"accountsYear":02008', 1), 'ikke gyldig JSON: et tal er skrevet forkert')
text('raw-tab-in-string', BASE_TEXT.replace('"title":"', '"title":"\t', 1), 'ikke gyldig JSON: en tekst indeholder et styretegn')
text('raw-newline-in-string', BASE_TEXT.replace('"title":"', '"title":"\n', 1), 'ikke gyldig JSON: en tekst indeholder et styretegn')
text('invalid-utf8', BASE_TEXT.encode('utf-8').replace('Beskæftigelses'.encode('utf-8'), b'Besk\xe6ftigelses', 1), 'ikke gyldig JSON: filen er ikke gemt som UTF-8')
text('latin1', BASE_TEXT.encode('latin-1', errors='replace'), 'ikke gyldig JSON: filen er ikke gemt som UTF-8')
text('deep-nesting', '{"format":"overfoersel/1","round":' + '[' * 5000 + ']' * 5000 + '}', 'ikke gyldig JSON: filen er indlejret dybere')
text('number-5000-digits', BASE_TEXT.replace('15739000.00', '1' * 5000, 1), 'ikke gyldig JSON: et tal har for mange cifre')
text('duplicate-key', BASE_TEXT.replace('"format":"overfoersel/1",', '"format":"overfoersel/1","format":"overfoersel/1",', 1), 'ikke gyldig JSON: feltet „format“ står to gange')
text('bad-escape', BASE_TEXT.replace('"title":"', '"title":"\\q', 1), 'ikke gyldig JSON: en tekst indeholder en ugyldig')
text('root-array', '[' + BASE_TEXT + ']', 'skal være et objekt')
text('root-string', '"overfoersel/1"', 'skal være et objekt')
text('root-number', '1e999999999', 'skal være et objekt')
text('lone-brace', '{', 'ikke gyldig JSON: filen slutter')
# found by fuzzing: zero bytes first make Jackson guess UTF-32
text('zero-bytes-first', b'\0' * 64 + BASE_TEXT.encode('utf-8'), 'ikke gyldig JSON: filen er ikke gemt som UTF-8')

# ---- the envelope ----
mutate('format-missing', lambda d: d.pop('format'), 'format: mangler')
mutate('format-typo', lambda d: setp(d, 'format', 'overfoersel-1'), 'format: ukendt format „overfoersel-1“')
mutate('format-number', lambda d: setp(d, 'format', 2), 'format: ukendt format „2“')
mutate('extra-root-field', lambda d: setp(d, 'figures', []), 'figures: ukendt felt')
mutate('round-missing', lambda d: d.pop('round'), 'round: mangler')
mutate('round-array', lambda d: setp(d, 'round', []), 'round: skal være et objekt')

# ---- the round ----
R = lambda d: d['round']
mutate('administration-missing', lambda d: R(d).pop('administration'), 'round.administration: mangler')
mutate('administration-blank', lambda d: setp(R(d), 'administration', '   '), 'round.administration: Forvaltningen skal udfyldes')
mutate('administration-501', lambda d: setp(R(d), 'administration', 'F' * 501), 'round.administration: Forvaltningen er 501 tegn lang; der er plads til højst 500 tegn')
mutate('administration-nul', lambda d: setp(R(d), 'administration', 'BIF\u0000'), 'round.administration: Forvaltningen indeholder et usynligt styretegn (U+0000) ved tegn nr. 4')
mutate('committee-number', lambda d: setp(R(d), 'committee', 7), 'round.committee: skal være en tekst')
mutate('committee-501', lambda d: setp(R(d), 'committee', 'U' * 501), 'round.committee: Udvalget er 501 tegn lang')
mutate('accounts-year-text', lambda d: setp(R(d), 'accountsYear', '2008'), 'round.accountsYear: skal være et heltal, ikke "2008"')
mutate('accounts-year-1800', lambda d: setp(R(d), 'accountsYear', 1800), 'round.accountsYear: 1800 er ikke et gyldigt år')
mutate('accounts-year-decimal', lambda d: setp(R(d), 'accountsYear', decimal.Decimal('2008.5')), 'round.accountsYear: skal være et heltal, ikke 2008.5')
mutate('accounts-year-huge-exponent', lambda d: setp(R(d), 'accountsYear', Raw('1e999999999')), 'round.accountsYear: skal være et heltal, ikke 1E+999999999')
mutate('budget-year-same', lambda d: setp(R(d), 'budgetYear', 2008), 'round.budgetYear: budgetåret 2008 skal ligge efter regnskabsåret 2008')
mutate('budget-year-99999', lambda d: setp(R(d), 'budgetYear', 99999), 'round.budgetYear: 99999 er ikke et gyldigt år')
mutate('date-danish', lambda d: setp(R(d), 'earlyDecisionDate', '27.11.2008'), 'round.earlyDecisionDate: „27.11.2008“ er ikke en dato')
mutate('date-number', lambda d: setp(R(d), 'earlyDecisionDate', 20081127), 'round.earlyDecisionDate: skal være en dato som tekst')
mutate('date-year-3862607', lambda d: setp(R(d), 'earlyDecisionDate', '+3862607-01-01'), 'round.earlyDecisionDate: datoen ligger i år 3862607, uden for årene 1900 til 2999')
mutate('date-30-february', lambda d: setp(R(d), 'earlyDecisionDate', '2008-02-30'), 'round.earlyDecisionDate: „2008-02-30“ er ikke en dato')
mutate('lines-missing', lambda d: R(d).pop('underspendLines'), 'round.underspendLines: mangler')
mutate('lines-object', lambda d: setp(R(d), 'underspendLines', {}), 'round.underspendLines: skal være en liste')
mutate('line-text-missing', lambda d: R(d)['underspendLines'][0].pop('text'), 'round.underspendLines[0].text: mangler')
mutate('line-not-object', lambda d: R(d)['underspendLines'].append('IT'), 'round.underspendLines[8]: skal være et objekt')
mutate('line-amount-text', lambda d: setp(R(d)['underspendLines'][0], 'amount', '10,8 mio.'), 'round.underspendLines[0].amount: skal være et tal i kroner, ikke "10,8 mio."')
mutate('line-amount-huge-exponent', lambda d: setp(R(d)['underspendLines'][0], 'amount', Raw('1e999999999')), 'round.underspendLines[0].amount: 1E+999999999 er for stort')
mutate('line-amount-tiny-exponent', lambda d: setp(R(d)['underspendLines'][0], 'amount', Raw('1e-999999999')), 'round.underspendLines[0].amount: 1E-999999999 har mere end to decimaler')
mutate('line-amount-14-digits', lambda d: setp(R(d)['underspendLines'][0], 'amount', Raw('10000000000000.00')), 'round.underspendLines[0].amount: 10000000000000.00 er for stort')
mutate('line-unknown-field', lambda d: setp(R(d)['underspendLines'][0], 'note', 'x'), 'round.underspendLines[0].note: ukendt felt')
mutate('line-text-1001', lambda d: setp(R(d)['underspendLines'][0], 'text', 'x' * 1001), 'round.underspendLines[0].text: Teksten er 1.001 tegn lang')
mutate('lines-sum-overflow', lambda d: setp(R(d), 'underspendLines', [{'text': 'a', 'amount': Raw(MAX)}, {'text': 'b', 'amount': Raw('-' + MAX)}]),
       'round.underspendLines: Summen af mindreforbrugets linjer (uden fortegn) bliver større end det største beløb')

# ---- the transfers ----
mutate('transfers-missing', lambda d: d.pop('transfers'), 'transfers: mangler')
mutate('transfers-object', lambda d: setp(d, 'transfers', {}), 'transfers: skal være en liste')
mutate('transfer-number-value', lambda d: d['transfers'].insert(0, 10), 'transfers[0]: skal være et objekt')
mutate('number-zero', lambda d: setp(t(d), 'number', 0), 'transfers[0] (overførsel 0).number: overførselsnummeret skal være et positivt heltal, ikke 0')
mutate('number-negative', lambda d: setp(t(d), 'number', -3), 'transfers[0] (overførsel -3).number: overførselsnummeret skal være et positivt heltal, ikke -3')
mutate('number-text', lambda d: setp(t(d), 'number', '10'), 'transfers[0].number: skal være et heltal, ikke "10"')
mutate('number-too-big', lambda d: setp(t(d), 'number', 2147483648), 'transfers[0].number: skal være et heltal, ikke 2147483648')
mutate('number-decimal', lambda d: setp(t(d), 'number', decimal.Decimal('10.0')), 'transfers[0].number: skal være et heltal, ikke 10.0')
mutate('number-duplicate', lambda d: setp(t(d, 1), 'number', 10), 'transfers[1] (overførsel 10).number: overførselsnummer 10 er også brugt af transfers[0]')
mutate('title-missing', lambda d: t(d).pop('title'), T0 + '.title: mangler')
mutate('title-empty', lambda d: setp(t(d), 'title', ''), T0 + '.title: Titlen skal udfyldes')
mutate('title-1001', lambda d: setp(t(d), 'title', 'T' * 1001), T0 + '.title: Titlen er 1.001 tegn lang')
mutate('title-newline', lambda d: setp(t(d), 'title', 'To\nlinjer'), T0 + '.title: Titlen indeholder et usynligt styretegn (U+000A) ved tegn nr. 3')
mutate('title-lone-surrogate', lambda d: setp(t(d), 'title', 'Halv \ud800 tegn'), T0 + '.title: Titlen indeholder et ugyldigt tegn (en halv UTF-16-surrogat) ved tegn nr. 6')
mutate('title-fffe', lambda d: setp(t(d), 'title', 'x\ufffe'), T0 + '.title: Titlen indeholder et usynligt styretegn (U+FFFE)')
mutate('schedule-1', lambda d: setp(t(d), 'schedule', 1), T0 + '.schedule: skemaet skal være 2 eller 3, ikke 1')
mutate('schedule-text', lambda d: setp(t(d), 'schedule', '3'), T0 + '.schedule: skal være et heltal, ikke "3"')
mutate('amount-negative', lambda d: (setp(t(d, 2), 'amount', decimal.Decimal('-5.00'))), 'transfers[2] (overførsel 12).amount: beløbet må ikke være negativt (-5,00 kr.)')
mutate('amount-third-decimal', lambda d: setp(t(d), 'amount', decimal.Decimal('15739000.005')), T0 + '.amount: 15739000.005 har mere end to decimaler')
mutate('amount-danish-text', lambda d: setp(t(d), 'amount', '15.739.000'), T0 + '.amount: skal være et tal i kroner, ikke "15.739.000"')
mutate('amount-null', lambda d: setp(t(d), 'amount', None), T0 + '.amount: beløbet mangler')
mutate('amount-boolean', lambda d: setp(t(d), 'amount', True), T0 + '.amount: skal være et tal i kroner, ikke true')
mutate('amount-1e20', lambda d: setp(t(d), 'amount', Raw('1e20')), T0 + '.amount: 100000000000000000000 er for stort')
mutate('amount-huge-exponent', lambda d: setp(t(d), 'amount', Raw('1e999999999')), T0 + '.amount: 1E+999999999 er for stort')
mutate('early-above-amount', lambda d: setp(t(d, 2), 'earlyApproved', decimal.Decimal('4500000.01')), 'transfers[2] (overførsel 12).earlyApproved: den tidligt godkendte del 4.500.000,01 kr. er større end beløbet 4.500.000,00 kr.')
mutate('early-negative', lambda d: setp(t(d, 2), 'earlyApproved', decimal.Decimal('-1')), 'transfers[2] (overførsel 12).earlyApproved: beløbet må ikke være negativt (-1,00 kr.)')
mutate('early-missing', lambda d: t(d).pop('earlyApproved'), T0 + '.earlyApproved: beløbet mangler')
mutate('consequences-bell', lambda d: setp(t(d), 'consequences', 'Ding\u0007'), T0 + '.consequences: Konsekvenserne indeholder et usynligt styretegn (U+0007) ved tegn nr. 5')
mutate('consequences-array', lambda d: setp(t(d), 'consequences', ['a', 'b']), T0 + '.consequences: skal være en tekst')
mutate('recommendation-low-surrogate', lambda d: setp(t(d), 'recommendation', '\udc00'), T0 + '.recommendation: Anbefalingen indeholder et ugyldigt tegn')
mutate('background-escape-null', lambda d: setp(t(d), 'background', 'a\u0000b'), T0 + '.background: Baggrunden indeholder et usynligt styretegn (U+0000)')
mutate('transfer-unknown-field', lambda d: setp(t(d), 'colour', 'rød'), T0 + '.colour: ukendt felt')
mutate('transfers-sum-overflow', lambda d: setp(d, 'transfers', [
    dict(copy.deepcopy(t(d, 2)), number=1, amount=Raw(MAX)), dict(copy.deepcopy(t(d, 2)), number=2, amount=Raw(MAX))]),
       'transfers: Summen af overførslernes beløb bliver større end det største beløb, en runde kan rumme (9.999.999.999.999,99 kr.)')

# ---- commitments ----
mutate('commitments-object', lambda d: setp(t(d), 'commitments', {}), T0 + '.commitments: skal være en liste')
mutate('commitment-text', lambda d: t(d)['commitments'].append('Firma'), T0 + '.commitments[3]: skal være et objekt')
mutate('party-missing', lambda d: c(d).pop('party'), T0 + '.commitments[0].party: mangler')
mutate('party-501', lambda d: setp(c(d), 'party', 'P' * 501), T0 + '.commitments[0].party: Parten er 501 tegn lang')
mutate('party-ffff', lambda d: setp(c(d), 'party', 'P\uffff'), T0 + '.commitments[0].party: Parten indeholder et usynligt styretegn (U+FFFF)')
mutate('description-2001', lambda d: setp(c(d), 'description', 'd' * 2001), T0 + '.commitments[0].description: Beskrivelsen er 2.001 tegn lang')
mutate('commitment-amount-zero', lambda d: setp(c(d), 'amount', decimal.Decimal('0.00')), T0 + '.commitments[0].amount: aftalens beløb skal være større end 0')
mutate('commitment-amount-negative', lambda d: setp(c(d), 'amount', decimal.Decimal('-100')), T0 + '.commitments[0].amount: aftalens beløb skal være større end 0')
mutate('status-lowercase', lambda d: setp(c(d), 'status', 'signed'), T0 + '.commitments[0].status: ukendt status „signed“')
mutate('status-danish', lambda d: setp(c(d), 'status', 'Underskrevet'), T0 + '.commitments[0].status: ukendt status „Underskrevet“')
mutate('status-missing', lambda d: c(d).pop('status'), T0 + '.commitments[0].status: mangler')
mutate('status-number', lambda d: setp(c(d), 'status', 1), T0 + '.commitments[0].status: skal være en tekst')
mutate('commitment-unknown-field', lambda d: setp(c(d), 'signedOn', '2008-01-01'), T0 + '.commitments[0].signedOn: ukendt felt')
mutate('commitments-sum-overflow', lambda d: setp(t(d), 'commitments', [
    {'party': 'A', 'description': '', 'amount': Raw(MAX), 'status': 'SIGNED'},
    {'party': 'B', 'description': '', 'amount': Raw(MAX), 'status': 'PLANNED'}]),
       T0 + '.commitments: Summen af overførslens aftaler bliver større end det største beløb')

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
with open(os.path.join(ROOT, 'expected-json.tsv'), 'w', encoding='utf-8') as tsv:
    tsv.write('# file\tthe error line the import must print (place: message)\n')
    for i, (name, content, expected) in enumerate(cases, 1):
        file = '%03d-%s.json' % (i, name)
        with open(os.path.join(OUT, file), 'wb') as f:
            f.write(content)
        tsv.write(file + '\t' + expected + '\n')
print(len(cases), 'JSON files')
