/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-rates.h"

G_BEGIN_DECLS

/* The employer side of a salary: who pays, how big, where. */
typedef struct
{
  gboolean cadre;
  int      headcount;              /* employees in the company */
  double   atmp_rate;              /* fraction */
  double   vm_rate;                /* versement mobilité, fraction */
  double   mutuelle_monthly;       /* total premium, €/month */
  double   mutuelle_employer_rate; /* employer share of it, fraction */
  /* the firm's own prévoyance contract (0, 0: the law's minimum alone, the
   * rates' cadre line): its premium, a rate of the gross up to the PMSS
   * and/or an amount a month, and the employer's share of it; the employer
   * pays at least the law's minimum, the employee the rest */
  double   prevoyance_rate;         /* fraction of MIN (gross, PMSS) */
  double   prevoyance_monthly;      /* €/month */
  double   prevoyance_employer_rate;/* fraction */
  gboolean officer;                /* président de SAS(U): assimilé salarié,
                                    * no unemployment insurance, no RGDU */
} PsEmployerProfile;

/* The portage firm's profile (product defaults, see README). */
void ps_employer_profile_init_portage (PsEmployerProfile *profile);

#define PS_MAX_LINES (PS_MAX_CONTRIBUTIONS + 3)

/* Line amounts are exact (not rounded): the official model rounds only the
 * totals. Display them rounded to the cent. */
typedef struct
{
  const char *id;
  const char *label;      /* French label from the rates file */
  const char *label_en;   /* its English twin, or NULL (ps-line-label) */
  const char *source;
  PsBranch    branch;
  double      base;
  double      employee_rate;   /* fraction, 0 when the line has no employee part */
  double      employee;        /* € */
  double      employer_rate;
  double      employer;        /* €; negative for the RGDU */
} PsLine;

/* Totals are exact too (the official model rounds its outputs to the cent:
 * do the same when showing them, monthly and yearly separately). */
typedef struct
{
  double gross;
  double assiette;                 /* gross + non-exempt employer welfare */
  double employee_contributions;   /* incl. the employee's mutuelle share */
  double employer_contributions;   /* after the reduction (RGDU) */
  double reduction;                /* RGDU (2026) or réduction générale (2025), ≥ 0, exact */
  double reduction_coefficient;
  double reduced_rate_relief;      /* saved by reduced rates (2025 maladie, AF) */
  double net_before_tax;
  double taxable_net;
  double employer_cost;
  PsLine lines[PS_MAX_LINES];
  int    n_lines;
} PsPayslip;

/* Monthly payslip for @gross (€/month) under @params. Never fails: the
 * caller validates inputs (see ps-inputs). */
void   ps_payslip_compute          (const PsParams          *params,
                                    const PsEmployerProfile *profile,
                                    double                   gross,
                                    PsPayslip               *out);

/* Employer cost only: the hot path of the portage solver. */
double ps_payslip_employer_cost    (const PsParams          *params,
                                    const PsEmployerProfile *profile,
                                    double                   gross);

/* The largest gross (to the cent) whose employer cost (× @cost_factor)
 * does not exceed @envelope. Returns 0 if even a zero gross exceeds it. */
double ps_payslip_solve_gross      (const PsParams          *params,
                                    const PsEmployerProfile *profile,
                                    double                   envelope,
                                    double                   cost_factor);

G_END_DECLS
