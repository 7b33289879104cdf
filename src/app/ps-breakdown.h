/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The line-by-line breakdown of a status: a table (a column per amount)
 * where it fits, and below that width one row per line, its label on top
 * and its amounts underneath, each with a caption: it never scrolls
 * sideways. Its lines are PsLineItem, in ps_breakdown_get_store (). */
#define PS_TYPE_BREAKDOWN (ps_breakdown_get_type ())

G_DECLARE_FINAL_TYPE (PsBreakdown, ps_breakdown, PS, BREAKDOWN, GtkWidget)

GtkWidget  *ps_breakdown_new          (void);
GListStore *ps_breakdown_get_store    (PsBreakdown *self);
/* The headings of the employee side (its rate, its amount) and whether
 * the employer's columns are shown. */
void        ps_breakdown_set_headings (PsBreakdown *self,
                                       const char  *employee_rate,
                                       const char  *employee,
                                       gboolean     employer);

/* For tests: whether the lines are shown as rows (narrow); the table. */
gboolean    ps_breakdown_get_narrow   (PsBreakdown *self);
GtkWidget  *ps_breakdown_get_table    (PsBreakdown *self);
GtkWidget  *ps_breakdown_get_rows     (PsBreakdown *self);

G_END_DECLS
