/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-period.h"
#include "ps-year.h"

G_BEGIN_DECLS

/* Under the cards, while the realistic year is on: per status the net per
 * day actually worked and per hour, the year's net with the gaps, and how
 * the status pays through them (ps_year_compute). */
#define PS_TYPE_YEAR_SUMMARY (ps_year_summary_get_type ())

G_DECLARE_FINAL_TYPE (PsYearSummary, ps_year_summary, PS, YEAR_SUMMARY, GtkWidget)

GtkWidget  *ps_year_summary_new      (void);
void        ps_year_summary_update   (PsYearSummary *self,
                                      const PsYear  *year);
/* The net over @period (a month is the year's twelfth); the net a day
 * worked, an hour, and the sick pay of the year stay what they are. */
void        ps_year_summary_set_period (PsYearSummary *self,
                                        PsPeriod       period);
/* For tests: the figures' text of a status, and the days' line. */
const char *ps_year_summary_get_text (PsYearSummary *self,
                                      PsStatus       status);
const char *ps_year_summary_get_days (PsYearSummary *self);

G_END_DECLS
