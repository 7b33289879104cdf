/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A scenario's name and its list of portage offers (issue 11): read,
 * written, added, duplicated and removed, and the comparison with the
 * current offer's terms. */
#define G_LOG_DOMAIN "ps-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-scenario.h"
#include "ps-scenario-private.h"

gboolean
_ps_scenario_file_read_offers (const cJSON    *root,
                               PsScenarioFile *file,
                               GError        **error)
{
  cJSON *name = cJSON_GetObjectItemCaseSensitive (root, "name");
  cJSON *offers = cJSON_GetObjectItemCaseSensitive (root, "offers");
  cJSON *current = cJSON_GetObjectItemCaseSensitive (root, "current_offer");
  g_autofree PsOffer *read = g_new0 (PsOffer, PS_MAX_OFFERS);
  int n = file->n_offers, cur = file->current_offer;

  if (name != NULL && !cJSON_IsNull (name) && !cJSON_IsString (name))
    {
      g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD, _("name: expected a text"));
      return FALSE;
    }
  if (offers != NULL && !cJSON_IsNull (offers))
    {
      cJSON *item;
      int i = 0;

      if (!cJSON_IsArray (offers))
        {
          g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                               _("offers: expected a list of offers [{\"format\": 1, …}, …]"));
          return FALSE;
        }
      if (cJSON_GetArraySize (offers) > PS_MAX_OFFERS)
        {
          g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                       _("offers: %d offers; a scenario holds at most %d"), cJSON_GetArraySize (offers), PS_MAX_OFFERS);
          return FALSE;
        }
      cJSON_ArrayForEach (item, offers)
        {
          g_autoptr (GError) local = NULL;
          g_autofree char *fallback = g_strdup_printf (_("Offer %d"), i + 1);

          ps_offer_init (&read[i], fallback);
          if (!ps_offer_from_object (&read[i], item, &local))
            {
              /* Translators: the offer's place in the list ("offers[2]"), then what is wrong */
              g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD, _("offers[%d]: %s"), i, local->message);
              return FALSE;
            }
          i++;
        }
      n = i;
    }
  else if (offers != NULL)
    n = 0;
  if (current != NULL && !cJSON_IsNull (current))
    {
      if (!cJSON_IsNumber (current) || current->valuedouble != (int) current->valuedouble
          || current->valuedouble < 0 || current->valuedouble >= n)
        {
          if (n == 0)
            g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                                 _("current_offer: the scenario has no offers (null, or give “offers”)"));
          else
            g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                         _("current_offer: expected the place of an offer in “offers”, 0 to %d, or null"), n - 1);
          return FALSE;
        }
      cur = (int) current->valuedouble;
    }
  else if (current != NULL || (offers != NULL && cur >= n))
    cur = -1;

  if (name != NULL)
    g_strlcpy (file->name, cJSON_IsString (name) ? name->valuestring : "", sizeof file->name);
  if (offers != NULL)
    {
      memcpy (file->offers, read, sizeof file->offers);
      file->n_offers = n;
    }
  file->current_offer = cur;
  return TRUE;
}

void
_ps_scenario_file_write_offers (const PsScenarioFile *file,
                                cJSON                *root)
{
  cJSON *offers;

  if (file->name[0] != '\0')
    cJSON_AddStringToObject (root, "name", file->name);
  if (file->n_offers == 0)
    return;
  offers = cJSON_AddArrayToObject (root, "offers");
  for (int i = 0; i < file->n_offers; i++)
    cJSON_AddItemToArray (offers, ps_offer_to_object (&file->offers[i]));
  if (file->current_offer >= 0 && file->current_offer < file->n_offers)
    cJSON_AddNumberToObject (root, "current_offer", file->current_offer);
  else
    cJSON_AddNullToObject (root, "current_offer");
}

gboolean
ps_scenario_file_add_offer (PsScenarioFile *file,
                            const PsOffer  *offer)
{
  if (file->n_offers >= PS_MAX_OFFERS)
    return FALSE;
  file->offers[file->n_offers++] = *offer;
  return TRUE;
}

gboolean
ps_scenario_file_duplicate_offer (PsScenarioFile *file,
                                  int             index)
{
  PsOffer copy;

  if (index < 0 || index >= file->n_offers || file->n_offers >= PS_MAX_OFFERS)
    return FALSE;
  copy = file->offers[index];
  {
    /* Translators: the name of a copy of an offer */
    g_autofree char *name = g_strdup_printf (_("%s (copy)"), file->offers[index].name);

    g_strlcpy (copy.name, name, sizeof copy.name);
  }
  memmove (&file->offers[index + 2], &file->offers[index + 1], sizeof (PsOffer) * (file->n_offers - index - 1));
  file->offers[index + 1] = copy;
  file->n_offers++;
  if (file->current_offer > index)
    file->current_offer++;
  return TRUE;
}

gboolean
ps_scenario_file_remove_offer (PsScenarioFile *file,
                               int             index)
{
  if (index < 0 || index >= file->n_offers)
    return FALSE;
  memmove (&file->offers[index], &file->offers[index + 1], sizeof (PsOffer) * (file->n_offers - index - 1));
  file->n_offers--;
  if (file->current_offer == index)
    file->current_offer = -1;
  else if (file->current_offer > index)
    file->current_offer--;
  return TRUE;
}

const PsOffer *
ps_scenario_file_current_offer (const PsScenarioFile *file)
{
  if (file->current_offer < 0 || file->current_offer >= file->n_offers)
    return NULL;
  return &file->offers[file->current_offer];
}

void
ps_scenario_file_compute (const PsScenarioFile *file,
                          const PsParams       *params,
                          PsComparison         *out)
{
  const PsOffer *offer = ps_scenario_file_current_offer (file);

  ps_comparison_compute (params, &file->scenario, out);
  if (offer != NULL)
    ps_comparison_apply_offer (params, offer, out);
}

void
ps_scenario_file_compute_shown (const PsScenarioFile *file,
                                const PsParams       *params,
                                PsComparison         *out)
{
  g_autofree PsYear *year = NULL;

  if (!file->year_on)
    {
      ps_scenario_file_compute (file, params, out);
      return;
    }
  year = g_new (PsYear, 1);
  ps_year_compute_offer (params, &file->scenario, ps_scenario_file_current_offer (file), &file->year, year);
  *out = year->comparison;
}
