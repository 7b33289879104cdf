/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One tip of the tips list: what to do, and what it gains per month. */
#define PS_TYPE_TIP (ps_tip_get_type ())

G_DECLARE_FINAL_TYPE (PsTip, ps_tip, PS, TIP, GObject)

PsTip      *ps_tip_new              (const char *title,
                                     const char *description,
                                     double      gain_monthly);
const char *ps_tip_get_title        (PsTip      *self);
const char *ps_tip_get_description  (PsTip      *self);
double      ps_tip_get_gain_monthly (PsTip      *self);

G_END_DECLS
