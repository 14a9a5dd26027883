#!/usr/bin/env python3
"""Writes N applications to the IGA call (ledgers/mallakaster/grid-iga.yaml) and two evaluators' scores
for each, for the scoring benchmark: python3 bench/gen_applications.py N OUT_DIR."""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(42)
villages = ['Ballsh', 'Greshicë', 'Hekal', 'Fratar', 'Aranitas', 'Ngraçan', 'Kutë', 'Selitë']
with open(f'{out}/applications.csv', 'w') as apps, open(f'{out}/evaluations.csv', 'w') as evals:
    apps.write('id,name,personal_id,birth_date,gender,municipality,village,remote_village,activity,household_size,'
               'ne_household,months_unemployed,disability,already_funded,requested,submitted\n')
    evals.write('application,evaluator,conflict,business_plan,market\n')
    for i in range(n):
        aid = f'IGA-{i:07d}'
        apps.write(','.join([
            aid, f'Applicant {i}', f'J{i:08d}A', f'{rng.randint(1950, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}',
            rng.choice(['woman', 'man']), 'Mallakastër' if rng.random() < 0.95 else 'other', rng.choice(villages),
            rng.choice(['yes', 'no']), rng.choice(['farm', 'small-business', 'none']), str(rng.randint(1, 9)),
            rng.choice(['yes', 'no']), str(rng.randint(0, 60)), 'yes' if rng.random() < 0.1 else 'no',
            'yes' if rng.random() < 0.03 else 'no', f'{rng.randint(4, 32) * 100}.00', f'2023-05-{rng.randint(1, 28):02d}',
        ]) + '\n')
        for evaluator in ('E1', 'E2'):
            evals.write(f'{aid},{evaluator},no,{rng.randint(2, 5)},{rng.randint(1, 5)}\n')
