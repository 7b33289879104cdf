/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* What each status pays for the sick days of a realistic year. */
typedef struct
{
  gboolean eligible;      /* daily allowances due (thresholds met) */
  guint    notes;         /* PsRightsNotes: why */
  double   daily;         /* IJSS or indépendant's IJ, gross a day */
  double   paid_days;     /* the stop less the waiting days, within the yearly cap */
  double   benefits;      /* the IJ, net of CSG-CRDS */
  double   employer_days; /* days of the employer's complement */
  double   employer;      /* the employer's complement (portage's legal maintien), net */
  double   income_tax;    /* on both, at the status's average rate */
  double   net;           /* benefits + employer − income tax: added to the year's net */
} PsSickPay;

typedef struct
{
  double    sick_days;       /* working days off sick */
  double    calendar_days;   /* the stop: one stop, weekends included (× 7 ÷ 5) */
  double    waiting_days;    /* before the daily allowances */
  PsSickPay statuses[PS_N_STATUSES];
} PsYearSick;

/* The sick pay of @sick_days working days off, taken as one stop of
 * @sick_days × 7 ÷ 5 calendar days, for each status of @comparison (a
 * realistic year's, whose billed days already exclude them):
 * - portage: IJSS (50 % of the daily base, capped at 1.4 SMIC) after 3
 *   waiting days, and the legal maintien (90 % then two thirds of the gross
 *   from the 8th day, IJSS deducted; a year of seniority assumed);
 * - CDI: nothing added: the ESN maintains the salary (Syntec), already
 *   counted in the days it pays;
 * - SASU: the IJSS on the président's salary, if it reaches the threshold;
 * - EURL and micro: the indépendant's IJ (income ÷ 730 within the PASS,
 *   nothing below 10 % of it) after 3 waiting days.
 * Paid days are capped at ij_max_days; the amounts bear CSG-CRDS and the
 * status's average income-tax rate. */
void ps_year_sick_compute (const PsParams     *params,
                           const PsComparison *comparison,
                           double              sick_days,
                           PsYearSick         *out);

/* Adds each status's sick pay (net) to @comparison's nets and income
 * tax, and picks the best again; nothing changes without sick pay. */
void ps_year_sick_apply   (const PsYearSick   *sick,
                           PsComparison       *comparison);

/* The sick pay received (IJ and employer's complement, net of CSG-CRDS,
 * before income tax). */
double ps_year_sick_received (const PsYearSick   *sick,
                              PsStatus            status);

/* What @status receives for the sick days and why, translated: "312,40 €
 * net of CSG-CRDS: IJSS for 4 days after 3 waiting days", "Salary
 * maintained by the ESN", … */
char  *ps_year_sick_text     (const PsYearSick   *sick,
                              PsStatus            status);

G_END_DECLS
