/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-year.h"

G_BEGIN_DECLS

/* The inputs' Realistic year: weeks of holiday, public holidays, weeks
 * between missions, sick days, training or prospecting days, hours a
 * day. Switched on, the billed days come from it (ps_year_compute).
 * Each number is checked by the engine as it is typed (a bad one marks
 * its row and names it); "changed" is emitted when the switch or a valid
 * value changes; "valid" says whether every field is. */
#define PS_TYPE_YEAR_SECTION (ps_year_section_get_type ())

G_DECLARE_FINAL_TYPE (PsYearSection, ps_year_section, PS, YEAR_SECTION, GtkWidget)

GtkWidget  *ps_year_section_new        (void);

gboolean    ps_year_section_get_enabled (PsYearSection      *self);
void        ps_year_section_set_enabled (PsYearSection      *self,
                                         gboolean            enabled);
/* The inputs as last valid. */
void        ps_year_section_get_inputs (PsYearSection      *self,
                                        PsYearInputs       *out);
void        ps_year_section_set_inputs (PsYearSection      *self,
                                        const PsYearInputs *inputs);
gboolean    ps_year_section_is_valid   (PsYearSection      *self);

/* What the year gives (the days billed and worked), shown under the
 * title; NULL: switched off. */
void        ps_year_section_show_year  (PsYearSection      *self,
                                        const PsYear       *year);

/* For tests. */
GtkWidget  *ps_year_section_get_row    (PsYearSection      *self,
                                        PsYearField         field);
const char *ps_year_section_get_error  (PsYearSection      *self,
                                        PsYearField         field);
const char *ps_year_section_get_summary (PsYearSection     *self);

G_END_DECLS
