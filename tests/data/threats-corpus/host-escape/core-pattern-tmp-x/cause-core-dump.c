#include <stdio.h>

int main(void)
{
    int *a = NULL;
    *a = 1;
    return 0;
}