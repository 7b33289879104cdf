/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the SASU and EURL sheets share (ps-xlsx-company.c). Private to the
 * exporter. */
#pragma once

#include "ps-xlsx-private.h"

G_BEGIN_DECLS

/* the first rows of both companies: revenue, costs, expenses, available */
typedef struct
{
  PsCell revenue;
  PsCell costs;
  PsCell expenses;
  PsCell available;
} PsCoHead;

/* the rows ps_xlsx_co_write_csm() writes */
#define PS_XLSX_CO_CSM_ROWS 9

void        ps_xlsx_co_label              (PsXlsx     *x,
                                           int         row,
                                           const char *text);
gboolean    ps_xlsx_co_dividends_on_scale (PsXlsx     *x);
const char *ps_xlsx_co_dividends_text     (PsXlsx     *x);
const char *ps_xlsx_co_tax_text           (PsXlsx     *x);
PsCoHead    ps_xlsx_co_write_head         (PsXlsx     *x,
                                           PsStatus    status,
                                           int         row);
PsX         ps_xlsx_co_clamp_pay_x        (PsXlsx     *x,
                                           const char *input,
                                           PsCell      available);
PsX         ps_xlsx_co_corporate_tax_x    (PsXlsx     *x,
                                           PsX         profit);
PsX         ps_xlsx_co_deduction_x        (PsXlsx     *x,
                                           PsX         income);
int         ps_xlsx_co_yearly_tax_rows    (PsXlsx     *x);
PsCell      ps_xlsx_co_write_scale_tax    (PsXlsx     *x,
                                           int        *row,
                                           PsX         income,
                                           const char *what);
PsCell      ps_xlsx_co_write_yearly_tax   (PsXlsx     *x,
                                           int        *row,
                                           PsX         income,
                                           PsX         earned,
                                           const char *what);
int         ps_xlsx_co_dividend_tax_rows  (PsXlsx     *x);
PsCell      ps_xlsx_co_write_dividend_tax (PsXlsx     *x,
                                           int        *row,
                                           PsCell      dividends,
                                           PsX         subject_to_social,
                                           PsCell      pay_income,
                                           PsCell      pay_tax);
PsCell      ps_xlsx_co_write_csm          (PsXlsx     *x,
                                           int        *row,
                                           const char *what,
                                           PsX         activity,
                                           PsX         floor,
                                           PsX         capital);

G_END_DECLS
