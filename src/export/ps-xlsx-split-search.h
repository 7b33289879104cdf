/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SASU's and the EURL's best split searched again in the cells when an
 * input changes (ps-xlsx-split-search.c). Private to the exporter. */
#pragma once

#include "ps-xlsx-private.h"

G_BEGIN_DECLS

/* the hidden sheets of the search, at the end of the tabs */
void ps_xlsx_split_create  (PsXlsx     *x);
void ps_xlsx_split_free    (PsXlsx     *x);
/* the Summary's row that says when the sheet uses the searched split */
void ps_xlsx_split_warn_at (PsXlsx     *x,
                            PsStatus    status,
                            int         row);
/* the search and the pay the status sheet uses: before the status sheet */
void ps_xlsx_split_search  (PsXlsx     *x,
                            PsStatus    status);
/* the pay of the Summary's input @input the status sheet uses */
PsX  ps_xlsx_split_pay_x   (PsXlsx     *x,
                            const char *input);

G_END_DECLS
