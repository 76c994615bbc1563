// Linked with one layer's whole library and only the layers it may use (cmake/KolLayers.cmake):
// it builds only while the layer calls nothing above it.
int main()
{
    return 0;
}
