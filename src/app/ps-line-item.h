/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ps-payslip.h"
#include "ps-period.h"

G_BEGIN_DECLS

/* One row of the breakdown table: a payslip line, formatted for display
 * (Pango markup), with a tooltip saying what it is and where it comes from. */
#define PS_TYPE_LINE_ITEM (ps_line_item_get_type ())

G_DECLARE_FINAL_TYPE (PsLineItem, ps_line_item, PS, LINE_ITEM, GObject)

PsLineItem *ps_line_item_new       (const PsLine *line);
/* The totals row: its amounts are over @period. */
PsLineItem *ps_line_item_new_total (const char   *label,
                                    double        employee,
                                    double        employer,
                                    PsPeriod      period);
/* A section's heading inside the table: @label, and @amount_heading in
 * the amounts' column (id "heading"). */
PsLineItem *ps_line_item_new_heading (const char *label,
                                      const char *rate_heading,
                                      const char *amount_heading);

/* Updates the amounts of the same line (or totals): the cells bound to
 * the item follow, without rebuilding the table's rows. */
void        ps_line_item_update       (PsLineItem   *self,
                                       const PsLine *line);
/* A tax's amount sits in the employee column: in the narrow rows, its
 * caption is @caption ("Amount"), not the column's ("Employee"). NULL:
 * the column's. */
/* The rate shown beside the line (ps_line_rate_text), instead of its
 * own. */
void        ps_line_item_set_employee_rate (PsLineItem *self,
                                            const char *rate);
const char *ps_line_item_get_employee_rate (PsLineItem *self);
void        ps_line_item_set_amount_caption (PsLineItem *self,
                                             const char *caption);
const char *ps_line_item_get_amount_caption (PsLineItem *self);
/* @other's texts into @self (the same row, new figures). */
void        ps_line_item_copy_from    (PsLineItem   *self,
                                       PsLineItem   *other);
void        ps_line_item_update_total (PsLineItem   *self,
                                       double        employee,
                                       double        employer);
/* The line's id ("total" for the totals row). */
const char *ps_line_item_get_id       (PsLineItem *self);
const char *ps_line_item_get_label    (PsLineItem *self);
const char *ps_line_item_get_base     (PsLineItem *self);
const char *ps_line_item_get_employee (PsLineItem *self);
const char *ps_line_item_get_employer (PsLineItem *self);
const char *ps_line_item_get_tooltip  (PsLineItem *self);

G_END_DECLS
