/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-period.h"
#include "ps-rights.h"

G_BEGIN_DECLS

/* What a year of a status protects, in three short lines for its card:
 * pension quarters and points, unemployment, a month off sick. */
#define PS_TYPE_PROTECTION_ROW (ps_protection_row_get_type ())

G_DECLARE_FINAL_TYPE (PsProtectionRow, ps_protection_row, PS, PROTECTION_ROW, GtkWidget)

GtkWidget  *ps_protection_row_new      (void);
/* The pension and the sick stop over @period (a month, or the year
 * with the stop in it); the ARE a day. */
void        ps_protection_row_update   (PsProtectionRow *self,
                                        const PsRights  *rights,
                                        PsPeriod         period);
const char *ps_protection_row_get_text (PsProtectionRow *self);

G_END_DECLS
