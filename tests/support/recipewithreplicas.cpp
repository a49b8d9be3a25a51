#include "tests/support/recipewithreplicas.h"

DeploymentRecipe recipeWithReplicas(const QString &name, int minReplicas, int maxReplicas)
{
    DeploymentRecipe recipe;
    recipe.name = name;
    recipe.minReplicas = minReplicas;
    recipe.maxReplicas = maxReplicas;
    return recipe;
}
