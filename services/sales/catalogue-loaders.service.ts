import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Department, ProductCategory, type StockLevel } from '../../entities';
import { StockService } from './stock.service';

type StockKey = { productId: number; branchId: number };

/**
 * Per-request batch loaders of the catalogue (built with the request's other loaders in
 * graphql/loaders.ts): a page of products reads its categories, departments and stock in one
 * statement each, however long the page. The catalogue is not secret, so none is scoped.
 */
export function createCatalogueLoaders(ds: DataSource) {
  const stock = new StockService(ds);
  return {
    productCategory: new DataLoader<number, ProductCategory | null>(async (ids) => {
      const rows = await ds.getRepository(ProductCategory).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    department: new DataLoader<number, Department | null>(async (ids) => {
      const rows = await ds.getRepository(Department).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    onHand: new DataLoader<StockKey, number, string>((keys) => stock.onHand(keys), { cacheKeyFn: (k) => `${k.productId}:${k.branchId}` }),
    stockLevels: new DataLoader<number, StockLevel[]>((productIds) => stock.levels(productIds)),
  };
}
