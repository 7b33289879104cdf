/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-period.h"
#include "ps-status-flow.h"

G_BEGIN_DECLS

/* @list's rows: @flow's steps over @period, one a row, each amount with
 * its sign (− taken off, + added, none for a figure), a detail indented.
 * @notes: a subtitle for some steps, by id (may be NULL). */
void        ps_flow_rows_fill     (GtkListBox         *list,
                                   const PsStatusFlow *flow,
                                   PsPeriod            period,
                                   GHashTable         *notes);
/* The amount shown on the row of step @id ("−250,00 €"), or NULL. */
const char *ps_flow_rows_get_text (GtkListBox         *list,
                                   const char         *id);

G_END_DECLS
