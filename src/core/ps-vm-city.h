/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-rates.h"

G_BEGIN_DECLS

/* The versement mobilité cities of the rates (PsVmCity, the rates keys
 * vm_<id>_pct): the name of each to show, as the rates file's label names
 * its area, and the values accepted where a city is named (the offer
 * format's employer.vm_city, portage-cli --vm-city), listed for a message. */

/* "Paris and the inner suburbs", "Greater Lyon", … translated. */
const char *ps_vm_city_name    (PsVmCity city);
/* The values accepted, translated, ids with their names:
 * "“paris” (Paris and the inner suburbs), …, “strasbourg” (Strasbourg)
 * or “none” (no versement mobilité)". */
char       *ps_vm_city_choices (void);
/* "@key: “toulouse” is not a city of the rates; accepted values: …"
 * (@given NULL: not a string), translated. */
void        ps_vm_city_set_error (GError    **error,
                                  GQuark      domain,
                                  int         code,
                                  const char *key,
                                  const char *given);

G_END_DECLS
