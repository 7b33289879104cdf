/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-payslip.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* Health cover and prévoyance, paid in every status. An employee (portage,
 * CDI) pays them through the payslip (the mutuelle, both shares, and the
 * employer's prévoyance); a micro-entrepreneur, a SASU président and an
 * EURL gérant are given the same yearly budget, paid from their net:
 * - SASU: the part the président's payslip already carries is paid by the
 *   company; the rest is an individual contract, not deductible;
 * - EURL (TNS): deductible from the taxable income within the Madelin
 *   ceiling (CGI art. 154 bis II), but not from the base of the social
 *   contributions (the optional premiums stay in it);
 * - micro: not deductible (the flat abatement stands for every cost). */
typedef struct
{
  double budget;      /* health cover and prévoyance, a year */
  double payslip;     /* of it, already paid through a payslip (SASU) */
  double paid;        /* paid from the net: the budget less the payslip's, ≥ 0 */
  double ceiling;     /* TNS: the Madelin deduction ceiling; 0 otherwise */
  double deductible;  /* TNS: the part deducted from the taxable income */
} PsHealth;

/* The Madelin ceiling for health and prévoyance premiums (CGI art. 154
 * bis II, 2nd paragraph): 3.75 % of the taxable profit + 7 % of the PASS,
 * within 3 % of 8 PASS; to the cent. A loss counts as nothing. */
double ps_madelin_health_ceiling (const PsParams  *params,
                                  double           taxable_profit);

/* @budget: the yearly premiums; @payslip: the part a payslip already pays
 * (0 but for a SASU with a salary); @madelin: a TNS deducts them within
 * the ceiling on @taxable_profit (his income before the deduction). */
void   ps_health_compute         (const PsParams  *params,
                                  double           budget,
                                  double           payslip,
                                  gboolean         madelin,
                                  double           taxable_profit,
                                  PsHealth        *out);

/* What a monthly payslip spends on health cover and prévoyance (its
 * welfare lines, employee and employer shares), a year. */
double ps_health_payslip_yearly  (const PsPayslip *slip);

G_END_DECLS
