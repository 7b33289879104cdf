/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the salaried statuses' sheets share between their files
 * (ps-xlsx-payslip.c, ps-xlsx-tax.c, ps-xlsx-salary.c): the payslip's and
 * the solver's columns, and a row's label. */
#pragma once

#include "ps-xlsx-private.h"

#define SOLVER_STEPS PS_XLSX_SOLVER_STEPS
#define N_ALERTS 4   /* enough for any budget below 42 million € a month */

/* payslip columns */
enum
{
  L_LABEL,
  L_BASE,
  L_EE_RATE,
  L_EE,
  L_ER_RATE,
  L_ER,
  L_EE_YEAR,
  L_ER_YEAR,
};

/* solver columns */
enum
{
  S_STEP,
  S_LO,
  S_HI,
  S_MID,
  S_GROSS,
  S_WELFARE,
  S_ASSIETTE,
  S_EMPLOYER,
  S_COEF,
  S_COST,
  S_FITS,
  S_N_COLS
};

static inline void
label (PsSheet    *s,
       int         row,
       const char *text,
       lxw_format *fmt)
{
  ps_sheet_string (s, row, 0, text, fmt);
}

/* the income tax's rows (ps-xlsx-tax.c) */
int         ps_xlsx_tax_rows  (PsXlsx *x);
PsCell      ps_xlsx_write_tax (PsXlsx *x,
                               int     row,
                               PsCell  taxable,
                               PsCell *rate);
