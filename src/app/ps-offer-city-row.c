/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-offer-city-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-money.h"
#include "ps-offer-city-row.h"
#include "ps-offer-edit.h"
#include "ps-vm-city.h"

/* the items: then the cities, in PsVmCity's order */
enum
{
  ITEM_NOT_GIVEN,
  ITEM_NONE,
  ITEM_FIRST_CITY
};

static char *
item_text (guint           item,
           const PsParams *params)
{
  g_autofree char *rate = NULL;

  if (item == ITEM_NOT_GIVEN)
    return g_strdup (_("Not given (the rate typed below)"));
  if (item == ITEM_NONE)
    return g_strdup (_("None (no versement mobilité)"));
  if (params == NULL)
    return g_strdup (ps_vm_city_name (item - ITEM_FIRST_CITY));
  rate = ps_format_percent (params->vm_city_rate[item - ITEM_FIRST_CITY] * 100, 2);
  /* Translators: a city in the firm's city drop-down, then its
   * versement mobilité rate: "Lyon — 2.00%" */
  return g_strdup_printf (_("%s — %s"), ps_vm_city_name (item - ITEM_FIRST_CITY), rate);
}

void
ps_offer_city_row_set_params (AdwComboRow    *row,
                              const PsParams *params)
{
  GListModel *model = adw_combo_row_get_model (row);
  const char *items[ITEM_FIRST_CITY + PS_N_VM_CITIES + 1] = { NULL };
  char *texts[ITEM_FIRST_CITY + PS_N_VM_CITIES] = { NULL };
  guint selected = adw_combo_row_get_selected (row);
  gboolean same = GTK_IS_STRING_LIST (model);

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      texts[i] = item_text (i, params);
      items[i] = texts[i];
      same = same && i < g_list_model_get_n_items (model)
             && g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), texts[i]);
    }
  /* (the list rebuilt only when a rate changed: an open list stays) */
  if (!same)
    {
      g_autoptr (GtkStringList) list = gtk_string_list_new (items);

      adw_combo_row_set_model (row, G_LIST_MODEL (list));
      adw_combo_row_set_selected (row, selected != GTK_INVALID_LIST_POSITION ? selected : ITEM_NOT_GIVEN);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_free (texts[i]);
}

void
ps_offer_city_row_show (AdwComboRow   *row,
                        const PsOffer *offer)
{
  guint item = ITEM_NOT_GIVEN;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  if (offer->has_profile && offer->vm_city > 0 && offer->vm_city <= PS_N_VM_CITIES)
    item = ITEM_FIRST_CITY + offer->vm_city - 1;
  else if (offer->has_profile && offer->profile.vm_rate == 0)
    item = ITEM_NONE;
  if (adw_combo_row_get_selected (row) != item)
    adw_combo_row_set_selected (row, item);
}

void
ps_offer_city_row_apply (AdwComboRow *row,
                         PsOffer     *offer)
{
  guint item = adw_combo_row_get_selected (row);
  g_autoptr (GError) error = NULL;
  gboolean done;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  if (item == ITEM_NOT_GIVEN)
    done = ps_offer_set_field_text (offer, PS_OFFER_FIELD_VM_CITY, "", &error)
           && ps_offer_set_field_text (offer, PS_OFFER_FIELD_VM_PCT, "", &error);
  else if (item == ITEM_NONE)
    done = ps_offer_set_field_text (offer, PS_OFFER_FIELD_VM_CITY, "none", &error);
  else if (item - ITEM_FIRST_CITY < PS_N_VM_CITIES)
    done = ps_offer_set_field_text (offer, PS_OFFER_FIELD_VM_CITY, ps_vm_city_id (item - ITEM_FIRST_CITY), &error);
  else
    return;
  /* (each of them is a value the field accepts) */
  if (!done)
    g_critical ("%s", error->message);
}
