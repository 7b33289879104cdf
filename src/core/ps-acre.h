/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-payslip.h"
#include "ps-rates.h"
#include "ps-tns.h"

G_BEGIN_DECLS

/* The ACRE of a SASU président (assimilé salarié) and an EURL gérant
 * (TNS), for the first twelve months (CSS L131-6-4 II, D131-6-1; from
 * 2026, LFSS 2026 art. 23 and décret 2026-69, DOMAIN §12.5): with R the
 * year's income (the président's gross pay, the gérant's base of
 * contributions) and C(R) the contributions the ACRE covers (maladie-
 * maternité, invalidité-décès, vieillesse de base, allocations
 * familiales; both sides of the payslip),
 *
 *   R ≤ 75 % PASS:        exemption = share × C(R)
 *   75 % < R < PASS:      exemption = share × E / (PASS − 75 % PASS) × (PASS − R),
 *                         E = C(75 % PASS)
 *   R ≥ PASS:             0
 *
 * share: 25 % from 2026 (100 % before). The micro-entrepreneur's ACRE is
 * a reduced rate (ps-micro). */

/* The legal formula: @income R, @covered C(R), @covered_at_threshold E. */
double ps_acre_formula        (const PsParams          *params,
                               double                   income,
                               double                   covered,
                               double                   covered_at_threshold);

/* The contributions the ACRE covers in a TNS's year. */
double ps_acre_tns_covered    (const PsTns             *tns);

/* The gérant's exemption for the year whose contributions are @tns. */
double ps_acre_tns            (const PsParams          *params,
                               const PsTns             *tns);

/* The exemption on the first year's provisional calls (the flat base,
 * DOMAIN §16: ps_tns_first_years_provisional). */
double ps_acre_tns_provisional (const PsParams         *params);

/* The contributions the ACRE covers on a monthly payslip, each side. */
void   ps_acre_payslip_covered (const PsPayslip        *slip,
                                double                 *employee,
                                double                 *employer);

/* The président's exemption on his monthly payslip @slip (computed with
 * @profile), each side, a month (the year's formula on twelve months). */
void   ps_acre_payslip        (const PsParams          *params,
                               const PsEmployerProfile *profile,
                               const PsPayslip         *slip,
                               double                  *employee,
                               double                  *employer);

G_END_DECLS
