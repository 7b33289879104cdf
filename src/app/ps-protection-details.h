/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-rights-figures.h"

G_BEGIN_DECLS

/* The Protection section of the breakdown: one row per figure of
 * ps_rights_figures_period () (quarters, points → € of pension, ARE, sick pay a
 * day and over a 30-day stop), its rule and sources in the tooltip. */
#define PS_TYPE_PROTECTION_DETAILS (ps_protection_details_get_type ())

G_DECLARE_FINAL_TYPE (PsProtectionDetails, ps_protection_details, PS, PROTECTION_DETAILS, GtkWidget)

GtkWidget  *ps_protection_details_new         (void);

/* @rates may be NULL (no sources); the amounts over @period
 * (ps_rights_figures_period ()). */
void        ps_protection_details_update      (PsProtectionDetails *self,
                                               const PsParams      *params,
                                               PsRates             *rates,
                                               const PsRights      *rights,
                                               PsPeriod             period);

/* For tests: the row of @figure (an AdwActionRow), its value's text. */
GtkWidget  *ps_protection_details_get_row     (PsProtectionDetails *self,
                                               PsRightsFigureId     figure);
const char *ps_protection_details_get_value   (PsProtectionDetails *self,
                                               PsRightsFigureId     figure);

G_END_DECLS
